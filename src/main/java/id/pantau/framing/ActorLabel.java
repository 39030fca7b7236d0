package id.pantau.framing;

/**
 * A label the text wraps around an actor: the canonical label ("teroris"), its stance, the canonical actor
 * it is attached to, the words as written ({@code surface}, at {@code start}-{@code end} of the clean
 * text), the actor's words the label is attached to ({@code mention}, empty when the label stands alone for
 * an actor named earlier), the sentence it stands in, and how it was attached ({@code how}: inside the
 * name, before it, after it, by a country name, by convention, or by reference to an earlier name).
 */
public record ActorLabel(int start, int end, String label, Stance stance, String actor, String surface, String mention,
                         String context, String how) {
}
