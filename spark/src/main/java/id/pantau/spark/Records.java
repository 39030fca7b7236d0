package id.pantau.spark;

import id.pantau.model.Origin;
import id.pantau.model.RawDocument;
import id.pantau.model.Rejection;
import java.io.Serializable;

/** What travels between Spark stages: plain serializable carriers of the core's records. */
final class Records {
    private Records() {
    }

    /**
     * One file to read: the input the user named (its index, for input order), the root the document ids are relative
     * to, the file, and the file as the user would name it (the input as given, then the path below it).
     */
    record FileToRead(int input, String root, String file, String shown) implements Serializable {
    }

    /** A document as read, with its place in input order. */
    record Raw(long seq, String docId, String source, String url, String title, String published, String text, String html,
               String originInput, String originReader, String originLocator) implements Serializable {
        static Raw of(long seq, RawDocument d) {
            return new Raw(seq, d.docId(), d.source(), d.url(), d.title(), d.published(), d.text(), d.html(), d.origin().input(),
                    d.origin().reader(), d.origin().locator());
        }

        RawDocument document() {
            return new RawDocument(docId, source, url, title, published, text, html, origin());
        }

        Origin origin() {
            return new Origin(originInput, originReader, originLocator);
        }
    }

    /** A rejected input or document, with the reason. */
    record Rejected(String input, String reader, String locator, String reason) implements Serializable {
        static Rejected of(Rejection r) {
            return new Rejected(r.origin().input(), r.origin().reader(), r.origin().locator(), r.reason());
        }
    }

    /**
     * A cleaned document: its fields, the text as cleaned ({@code baseText}) and as stored after learned boilerplate
     * is removed ({@code text}), fingerprints, language, and, once decided, the original it duplicates.
     */
    record Doc(long seq, String docId, String source, String url, String title, String published, String language,
               String baseText, String text, String hash, long[] signature, String duplicateOf, Double similarity,
               String originInput, String reader, String originLocator, String rawHash) implements Serializable {
        Doc withDuplicate(String of, Double sim) {
            return new Doc(seq, docId, source, url, title, published, language, baseText, text, hash, signature, of, sim, originInput,
                    reader, originLocator, rawHash);
        }

        Doc withText(String t, String h) {
            return new Doc(seq, docId, source, url, title, published, language, baseText, t, h, signature, duplicateOf, similarity,
                    originInput, reader, originLocator, rawHash);
        }
    }
}
