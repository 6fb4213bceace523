package com.cyclex.ui.net;

import com.cyclex.net.ConnectedMember;
import java.util.List;

/**
 * The host's gateway as the terminal sees it: the join address to hand out and the members that reached it.
 * The app supplies it when the exchange listens on the network; a terminal that does not listen has none.
 *
 * <p>{@link #members()} reads in-memory figures only; call it off the JavaFX thread all the same.
 */
public interface NetworkControl {

    /** The line members type or paste to join: {@code cyclex://HOST:PORT#FINGERPRINT}. */
    String joinAddress();

    List<ConnectedMember> members();

    /** Closes a member's connections and refuses it until it is admitted again. */
    void disconnect(long member);

    /** Lets a disconnected member back in (the host admitting it again). */
    void allow(long member);
}
