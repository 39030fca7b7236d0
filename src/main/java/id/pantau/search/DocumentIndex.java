package id.pantau.search;

import id.pantau.model.CleanDocument;
import id.pantau.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over clean documents (Lucene 9, Indonesian analyzer), derived from the store: each
 * Lucene commit records in its user data the store's change counter it has caught up to
 * ({@value #WATERMARK}), and {@link #catchUp} indexes every document written after it. Readers never
 * lock; a writer is opened only for a catch-up and closed right after, waiting (up to a timeout) when
 * another Pantau process holds Lucene's write lock, so `serve` and `ingest` share one data directory.
 * Filters: source, language, publication date range, has-events; facets by source and language;
 * highlighted snippets.
 */
public final class DocumentIndex implements AutoCloseable {
    public static final String DIR = "index";
    static final String ID = "doc_id", TITLE = "title", TEXT = "text", SOURCE = "source", LANGUAGE = "language",
            DAY = "day", PUBLISHED = "published", EVENTS = "has_events";
    /** The commit user-data key holding the store change counter the index has caught up to. */
    public static final String WATERMARK = "store_change";
    private static final java.time.Duration DEFAULT_WAIT = java.time.Duration.ofSeconds(30);
    private final Directory directory;
    private final Path dir;
    private final Analyzer analyzer = new IndonesianAnalyzer();
    private final FacetsConfig facets = new FacetsConfig();
    private final SearcherManager searchers;
    private IndexWriter bulk; // only for the search benchmark

    private DocumentIndex(Path dir) throws IOException {
        this.dir = dir;
        directory = FSDirectory.open(dir);
        if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
            try (IndexWriter w = writer(DEFAULT_WAIT)) {
                if (w != null && !org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
                    w.setLiveCommitData(Map.of(WATERMARK, "-1").entrySet());
                    w.commit();
                }
            }
        }
        searchers = new SearcherManager(directory, null);
    }

    /**
     * Opens Lucene's writer, waiting up to {@code wait} while another process holds the write lock;
     * null when it stays locked.
     */
    private IndexWriter writer(java.time.Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (org.apache.lucene.store.LockObtainFailedException busy) {
                if (System.nanoTime() > deadline) {
                    return null;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }

    /** The store change counter the last commit caught up to (-1: nothing indexed yet). */
    public long watermark() {
        try {
            String v = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData().get(WATERMARK);
            return v == null ? -1 : Long.parseLong(v);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** Opens (creating when absent) the index under {@code dataDir/index}. */
    public static DocumentIndex open(Path dataDir) {
        try {
            return new DocumentIndex(dataDir.resolve(DIR));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dataDir.resolve(DIR) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Indexes every document the store wrote after the index's watermark; returns how many documents
     * were indexed, or -1 when another process held the write lock for longer than {@code wait} (the
     * next catch-up, by this or any other Pantau command, will do it).
     */
    public synchronized long catchUp(Store store, java.time.Duration wait) {
        long upTo = store.lastChange(); // read first: documents written after it are left for the next catch-up
        long from = watermark();
        if (upTo <= from) {
            refresh();
            return 0;
        }
        return write(store, store.changedSince(from), upTo, false, wait);
    }

    public long catchUp(Store store) {
        return catchUp(store, DEFAULT_WAIT);
    }

    /** Drops the index and builds it again from every stored document (-1 when the lock stays taken). */
    public synchronized long rebuild(Store store) {
        return write(store, null, store.lastChange(), true, DEFAULT_WAIT);
    }

    private long write(Store store, Collection<String> docIds, long upTo, boolean all, java.time.Duration wait) {
        long[] n = {0};
        try (IndexWriter writer = writer(wait)) {
            if (writer == null) {
                return -1;
            }
            Set<String> withEvents = store.documentsWithEvents();
            if (all) {
                writer.deleteAll();
            }
            java.util.function.Consumer<CleanDocument> add = d -> {
                try {
                    writer.updateDocument(new Term(ID, d.docId()), facets.build(toLucene(d, withEvents.contains(d.docId()))));
                    n[0]++;
                } catch (IOException | IllegalArgumentException e) {
                    // an id or field Lucene cannot hold must not stop the rest of the catch-up
                    System.err.println("pantau: cannot index " + abbreviate(d.docId()) + ": " + e.getMessage());
                }
            };
            if (all) {
                store.forEach(s -> add.accept(s.document()));
            } else {
                for (String id : docIds) {
                    store.get(id).ifPresent(s -> add.accept(s.document()));
                }
            }
            writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(upTo)).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index in " + dir + ": " + e.getMessage(), e);
        }
        refresh();
        return n[0];
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }

    /** Sees the latest commit of any process. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Adds one document without committing (used by the benchmark to build large indexes). */
    public synchronized void addForBenchmark(CleanDocument d) throws IOException {
        if (bulk == null) {
            bulk = writer(DEFAULT_WAIT);
            if (bulk == null) {
                throw new IOException("the search index in " + dir + " is locked by another process");
            }
        }
        bulk.addDocument(facets.build(toLucene(d, false)));
    }

    public synchronized void commit() throws IOException {
        if (bulk != null) {
            bulk.commit();
            bulk.close();
            bulk = null;
        }
        refresh();
    }

    private static Document toLucene(CleanDocument d, boolean hasEvents) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.docId(), Field.Store.YES));
        doc.add(new TextField(TITLE, d.title() == null ? "" : d.title(), Field.Store.YES));
        doc.add(new TextField(TEXT, d.text(), Field.Store.YES));
        String source = d.source() == null ? "(unknown)" : d.source();
        String language = d.language() == null ? "und" : d.language();
        doc.add(new StringField(SOURCE, source, Field.Store.YES));
        doc.add(new StringField(LANGUAGE, language, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(SOURCE, source));
        doc.add(new SortedSetDocValuesFacetField(LANGUAGE, language));
        String day = d.published() != null && d.published().length() >= 10 ? d.published().substring(0, 10) : "";
        doc.add(new StringField(DAY, day, Field.Store.NO));
        doc.add(new StoredField(PUBLISHED, d.published() == null ? "" : d.published()));
        doc.add(new StringField(EVENTS, hasEvents ? "1" : "0", Field.Store.YES));
        doc.add(new SortedDocValuesField(DAY, new org.apache.lucene.util.BytesRef(day)));
        return doc;
    }

    public SearchResult search(SearchRequest r) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        }
        try {
            var reader = searcher.getIndexReader();
            Query text = r.text() == null || r.text().isBlank() ? new MatchAllDocsQuery() : parse(r.text());
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
            if (r.source() != null) {
                b.add(new TermQuery(new Term(SOURCE, r.source())), BooleanClause.Occur.FILTER);
            }
            if (r.language() != null) {
                b.add(new TermQuery(new Term(LANGUAGE, r.language())), BooleanClause.Occur.FILTER);
            }
            if (r.hasEvents() != null) {
                b.add(new TermQuery(new Term(EVENTS, r.hasEvents() ? "1" : "0")), BooleanClause.Occur.FILTER);
            }
            if (r.dateFrom() != null || r.dateTo() != null) {
                b.add(TermRangeQuery.newStringRange(DAY, r.dateFrom() == null ? "0000" : r.dateFrom(),
                        r.dateTo() == null ? "9999" : r.dateTo(), true, true), BooleanClause.Occur.FILTER);
            }
            Query q = b.build();
            FacetsCollectorManager.FacetsResult fr = FacetsCollectorManager.search(searcher, q, r.offset() + r.limit(),
                    new FacetsCollectorManager());
            TopDocs top = fr.topDocs();
            List<SearchResult.Hit> hits = new ArrayList<>();
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(r.offset(), top.scoreDocs.length), top.scoreDocs.length);
            String[] snippets = snippets(searcher, text, page);
            for (int i = 0; i < page.length; i++) {
                Document d = searcher.storedFields().document(page[i].doc);
                String snippet = snippets[i] != null ? snippets[i] : firstChars(d.get(TEXT));
                hits.add(new SearchResult.Hit(d.get(ID), d.get(TITLE), d.get(SOURCE), emptyToNull(d.get(PUBLISHED)), d.get(LANGUAGE),
                        "1".equals(d.get(EVENTS)), snippet, page[i].score));
            }
            Map<String, Long> sources = new LinkedHashMap<>(), languages = new LinkedHashMap<>();
            if (reader.numDocs() > 0 && hasFacets(reader)) {
                DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, facets);
                Facets counts = new SortedSetDocValuesFacetCounts(state, fr.facetsCollector());
                fill(counts.getTopChildren(20, SOURCE), sources);
                fill(counts.getTopChildren(10, LANGUAGE), languages);
            }
            return new SearchResult(top.totalHits.value, hits, sources, languages);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the query has too many terms (at most " + IndexSearcher.getMaxClauseCount()
                    + " words and fields together); shorten it");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean hasFacets(org.apache.lucene.index.IndexReader reader) {
        for (var leaf : reader.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
                return true;
            }
        }
        return false;
    }

    private Query parse(String text) {
        MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer, Map.of(TITLE, 2f, TEXT, 1f));
        p.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return p.parse(text);
        } catch (ParseException e) {
            try {
                return p.parse(QueryParser.escape(text));
            } catch (ParseException again) {
                throw new IllegalArgumentException("cannot parse the query '" + text + "'", again);
            }
        }
    }

    private String[] snippets(IndexSearcher searcher, Query q, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("\u0001", "\u0002", " … ", false)).withMaxLength(100_000).build();
        int[] ids = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            ids[i] = page[i].doc;
        }
        TopDocs td = new TopDocs(new org.apache.lucene.search.TotalHits(page.length, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
        return h.highlight(TEXT, q, td, 2);
    }

    private static void fill(FacetResult fr, Map<String, Long> out) {
        if (fr == null) {
            return;
        }
        for (LabelAndValue lv : fr.labelValues) {
            out.put(lv.label, lv.value.longValue());
        }
    }

    private static String firstChars(String s) {
        return s == null ? "" : s.length() <= 240 ? s : s.substring(0, 240) + " …";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Documents in the latest commit this process has seen. */
    public long size() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (bulk != null) {
                bulk.close();
            }
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
