package id.pantau.events;

import id.pantau.nlp.DateMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The mentions of one article that tell one event, and the one whose place the event takes. */
final class EventGroup {
    final List<Mention> mentions = new ArrayList<>();
    Mention head; // the mention whose place the event takes

    EventGroup(Mention m) {
        head = m;
        mentions.add(m);
    }

    String family() {
        return head.family();
    }

    /**
     * The most precise, earliest day its reporting mentions name. The sentences that tell the happening come first: a
     * sentence of figures only ("52 warga sipil telah terbunuh sejak Selasa") dates the event when none of them does,
     * and a recalled mention's day only when no reporting mention names one.
     */
    DateMention date() {
        DateMention told = dateOf(mentions.stream().filter(m -> !m.recalled() && m.trigger() != null).toList());
        if (told != null) {
            return told;
        }
        if (mentions.stream().filter(m -> m.trigger() != null).allMatch(Mention::recalled)) {
            // a happening the article recalls ("dalam kasus pengeroyokan ... Selasa (1/8) lalu"): its own day, not the day
            // of the arrests counted after it
            DateMention recalled = dateOf(mentions.stream().filter(m -> m.trigger() != null).toList());
            if (recalled != null) {
                return recalled;
            }
        }
        DateMention own = dateOf(mentions.stream().filter(m -> !m.recalled()).toList());
        return own != null ? own : dateOf(mentions);
    }

    private static DateMention dateOf(List<Mention> ms) {
        return ms.stream().map(Mention::date).filter(d -> d != null)
                .min(Comparator.comparingInt(DateMention::precision).thenComparing(DateMention::date)).orElse(null);
    }
}
