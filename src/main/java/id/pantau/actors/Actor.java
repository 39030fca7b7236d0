package id.pantau.actors;

/** A canonical actor: one name per organisation, its kind, its country (ISO 3166 alpha-2) and its bloc. */
public record Actor(String name, String type, String country, String bloc) {
    public boolean isState() {
        return type.equals("state") || type.equals("police");
    }

    /** Actors of one bloc (Syrian government and its allies; the US-led coalition) fight on one side. */
    public boolean allied(Actor other) {
        return name.equals(other.name) || !bloc.isEmpty() && bloc.equals(other.bloc)
                || bloc.equals("government") && other.isState() || other.bloc.equals("government") && isState();
    }

    /** A catch-all label ("pemberontak", "jihadis") rather than a named organisation. */
    public boolean generic() {
        return name.startsWith("Rebels (") || type.equals("civilians");
    }

    public boolean isArmed() {
        return !type.equals("civilians");
    }
}
