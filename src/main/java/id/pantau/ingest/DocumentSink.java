package id.pantau.ingest;

import id.pantau.model.RawDocument;
import id.pantau.model.Rejection;

/** Receives what readers find, one record at a time, so that no reader holds a corpus in memory. */
public interface DocumentSink {
    void accept(RawDocument document);

    void reject(Rejection rejection);
}
