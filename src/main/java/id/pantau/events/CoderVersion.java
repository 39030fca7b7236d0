package id.pantau.events;

import id.pantau.util.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The version of the event coder, stamped on every document whose events it coded: a checksum of
 * the classes that read events and of every language resource and model they use. Upgrading any of
 * them (a new rule, a new trigger, a retrained model, a gazetteer rebuild) changes the stamp, so the
 * next command that opens a store recodes the documents coded by the old coder.
 */
public final class CoderVersion {
    private static final List<String> PARTS = List.of(
            "id/pantau/events/EventCoder.class", "id/pantau/events/MentionReader.class", "id/pantau/events/EventAssembler.class",
            "id/pantau/events/CasualtyReader.class", "id/pantau/events/ClaimantFinder.class", "id/pantau/events/EventLexicon.class",
            "id/pantau/events/ActorRoles.class", "id/pantau/events/SentenceFeatures.class", "id/pantau/events/SentenceModel.class",
            "id/pantau/geo/Geocoder.class", "id/pantau/geo/Gazetteer.class", "id/pantau/nlp/DateResolver.class",
            "id/pantau/nlp/QuantityParser.class", "id/pantau/nlp/PublicationDate.class", "id/pantau/nlp/SentenceSplitter.class",
            "id/pantau/actors/ActorDictionary.class", "id/pantau/framing/LabelReader.class", "id/pantau/framing/LabelLexicon.class",
            "id/pantau/framing/labels-v1.tsv",
            EventLexicon.TRIGGERS, EventLexicon.LEXICON, SentenceModel.RESOURCE, "id/pantau/actors/actors-v1.tsv",
            "id/pantau/actors/claimants-v2.tsv", "id/pantau/geo/place-context-v1.tsv", "id/pantau/geo/place-common-words-id.txt",
            "id/pantau/geo/person-name-tokens.txt", id.pantau.geo.Gazetteer.RESOURCE);
    private static volatile String value;

    private CoderVersion() {
    }

    /** "coder-" and a hex checksum, computed once per process (about 50 ms, mostly the gazetteer). */
    public static String get() {
        String v = value;
        if (v == null) {
            CRC32 crc = new CRC32();
            byte[] buf = new byte[1 << 16];
            for (String part : PARTS) {
                try (InputStream in = Resources.open(part)) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        crc.update(buf, 0, n);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + part + " to version the event coder: " + e.getMessage(), e);
                }
            }
            v = value = "coder-" + Long.toHexString(crc.getValue());
        }
        return v;
    }
}
