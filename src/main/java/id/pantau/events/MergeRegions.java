package id.pantau.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Regions that {@link EventMerger} never bridges: reports merge only within {@value EventMerger#KM} km, so events
 * are put in cells of {@value #CELL_DEGREES}° by {@value #CELL_DEGREES}°, and cells close enough to hold two events
 * that near are joined into one region. Events of different regions never merge; a region merged on its own gives
 * what one merge of everything gives (a region may hold more than it must, never less). Used to merge a large corpus
 * in parallel, window by window and region by region.
 */
public final class MergeRegions {
    /** A cell's height and width in degrees: more than the merge distance in latitude anywhere on Earth. */
    static final double CELL_DEGREES = 0.25;
    private static final int COLUMNS = (int) Math.round(360 / CELL_DEGREES);
    /** The merge distance with a margin for the flat-earth bound used here. */
    private static final double REACH_KM = EventMerger.KM * 1.2;
    private static final double KM_PER_DEGREE = 111.0;
    /** Above this latitude a degree of longitude is taken as at this latitude (a cap, so the reach stays finite). */
    private static final double MAX_LAT = 89.0;

    private MergeRegions() {
    }

    /** The cell of an event, or null when it has no coordinates (such an event merges with nothing). */
    public static Long cellOf(Event e) {
        if (e.latitude() == null || e.longitude() == null) {
            return null;
        }
        return cell(row(e.latitude()), column(e.longitude()));
    }

    /**
     * The region of each cell given: cells that may hold events within the merge distance of each other share a
     * region (transitively). Regions are numbered from 0 in the order of their smallest cell.
     */
    public static Map<Long, Integer> regions(Collection<Long> cells) {
        TreeMap<Integer, TreeSet<Integer>> rows = new TreeMap<>();
        for (long c : cells) {
            rows.computeIfAbsent(rowOf(c), r -> new TreeSet<>()).add(columnOf(c));
        }
        Map<Long, Long> parent = new HashMap<>();
        for (long c : cells) {
            parent.put(c, c);
        }
        for (long c : cells) {
            int r = rowOf(c);
            int col = columnOf(c);
            for (int nr = r - 1; nr <= r + 1; nr++) {
                TreeSet<Integer> cols = rows.get(nr);
                if (cols == null) {
                    continue;
                }
                int reach = columnsWithin(Math.max(edgeLat(r), edgeLat(nr)));
                for (int d = -reach; d <= reach; d++) {
                    int nc = Math.floorMod(col + d, COLUMNS);
                    if (cols.contains(nc)) {
                        union(parent, c, cell(nr, nc));
                    }
                }
            }
        }
        Map<Long, Integer> number = new HashMap<>();
        Map<Long, Integer> out = new HashMap<>();
        for (long c : new TreeSet<>(cells)) {
            long root = find(parent, c);
            out.put(c, number.computeIfAbsent(root, k -> number.size()));
        }
        return out;
    }

    /** Groups events by region (events without coordinates alone), in the order of their first event. */
    public static List<List<Event>> split(List<Event> events) {
        List<Long> cells = new ArrayList<>();
        for (Event e : events) {
            Long c = cellOf(e);
            if (c != null) {
                cells.add(c);
            }
        }
        Map<Long, Integer> region = regions(cells);
        Map<String, List<Event>> groups = new java.util.LinkedHashMap<>();
        for (Event e : events) {
            Long c = cellOf(e);
            String key = c == null ? "alone:" + System.identityHashCode(e) + ":" + e.eventId() : "r" + region.get(c);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        return new ArrayList<>(groups.values());
    }

    /** How many columns of cells a point may be from another within reach, at latitudes up to {@code lat}. */
    private static int columnsWithin(double lat) {
        double degrees = REACH_KM / (KM_PER_DEGREE * Math.cos(Math.toRadians(Math.min(MAX_LAT, lat))));
        return Math.min(COLUMNS / 2, (int) Math.ceil(degrees / CELL_DEGREES) + 1);
    }

    /** The largest |latitude| of a row of cells. */
    private static double edgeLat(int row) {
        return Math.max(Math.abs(row * CELL_DEGREES), Math.abs((row + 1) * CELL_DEGREES));
    }

    private static int row(double lat) {
        return (int) Math.floor(lat / CELL_DEGREES);
    }

    private static int column(double lon) {
        return Math.floorMod((int) Math.floor(lon / CELL_DEGREES), COLUMNS);
    }

    private static long cell(int row, int column) {
        return ((long) row << 32) | (column & 0xffffffffL);
    }

    private static int rowOf(long cell) {
        return (int) (cell >> 32);
    }

    private static int columnOf(long cell) {
        return (int) cell;
    }

    private static long find(Map<Long, Long> parent, long c) {
        long root = c;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(c) != root) {
            long next = parent.get(c);
            parent.put(c, root);
            c = next;
        }
        return root;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        long ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
