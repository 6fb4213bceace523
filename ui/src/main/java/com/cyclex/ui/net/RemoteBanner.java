package com.cyclex.ui.net;

import com.cyclex.net.RemoteClient;
import com.cyclex.net.RemoteStatus;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * A line above a remote terminal that says where it stands with the host: connecting, waiting for the host to
 * admit it, disconnected (and retrying), refused, or that the host lost acknowledged commands. It hides itself
 * while the member is admitted and the stream is live. Status changes reach the JavaFX thread at most once per
 * pulse: the newest one wins.
 */
public final class RemoteBanner extends HBox {
    private final Label text = new Label();
    private final AtomicReference<RemoteStatus> latest = new AtomicReference<>();

    public RemoteBanner(RemoteClient client) {
        setId("remote-banner");
        getStyleClass().add("remote-banner");
        text.setId("remote-status");
        text.setWrapText(true);
        getChildren().add(text);
        setStyle("-fx-padding: 6 12; -fx-background-color: #5a4a12;");
        text.setStyle("-fx-text-fill: #ffe9a8;");
        client.onStatus(s -> {
            if (latest.getAndSet(s) == null) {
                Platform.runLater(this::show);
            }
        });
    }

    private void show() {
        RemoteStatus s = latest.getAndSet(null);
        if (s == null) {
            return;
        }
        boolean fine = s.state() == RemoteStatus.State.LIVE && "ACTIVE".equals(s.memberStatus());
        setVisible(!fine);
        setManaged(!fine);
        text.setText(sentence(s));
    }

    /** What the banner says for a status: the admission wait comes first, since it is what the person can act on. */
    public static String sentence(RemoteStatus s) {
        if (s.state() == RemoteStatus.State.LIVE && s.waitingForAdmission()) {
            return "Waiting for the host to admit you. You can look around; orders are refused until then.";
        }
        if (s.state() == RemoteStatus.State.LIVE && s.memberStatus() != null && !"ACTIVE".equals(s.memberStatus())) {
            return "Your membership is " + s.memberStatus().toLowerCase(java.util.Locale.ROOT) + ": orders are refused.";
        }
        return s.sentence();
    }
}
