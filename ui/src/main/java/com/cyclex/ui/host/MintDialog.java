package com.cyclex.ui.host;

import com.cyclex.ui.format.Credits;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.MintCredits;
import com.cyclex.ui.Notices;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Creates credits in one member's account: the only way the exchange's total grows. */
final class MintDialog extends CommandDialog {
    private final TextField amount = new TextField("1,000.00");
    private final long actor;
    private final MemberRow member;

    MintDialog(Window owner, long actor, MemberRow member, Function<Command, CompletableFuture<CommandResult>> submit,
               Executor fx, Notices notices) {
        super(owner, "Mint credits for " + member.name(), "Mint credits for " + member.name(), submit, fx, notices);
        this.actor = actor;
        this.member = member;
        amount.setId("mint-amount");
        amount.setPrefWidth(160);
        Label now = new Label(member.name() + " has " + Credits.format(member.available()) + " credits available and "
                + Credits.format(member.held()) + " in escrow.");
        now.getStyleClass().add("muted");
        HBox line = new HBox(8, new Label("Credits to mint"), amount);
        line.setAlignment(Pos.CENTER_LEFT);
        setForm(new VBox(10, now, line));
    }

    @Override
    protected String sendLabel() {
        return "Mint";
    }

    @Override
    protected String done(Command command, CommandResult result) {
        return HostSentences.minted((MintCredits) command, member.name());
    }

    @Override
    protected Command command() {
        long minor = Credits.parse(amount.getText());
        if (minor <= 0) {
            throw new IllegalArgumentException("Mint a positive amount of credits.");
        }
        return new MintCredits(actor, member.id(), minor);
    }
}
