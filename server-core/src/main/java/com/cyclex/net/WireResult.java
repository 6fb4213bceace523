package com.cyclex.net;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ResultCode;

/**
 * The answer to a command, and the shape of every refusal: the code's number and name, a sentence, and for an
 * accepted order its id and what happened at once.
 */
public record WireResult(int code, String name, String sentence, long id, long filledUnits, long openUnits) {

    public static WireResult of(CommandResult r) {
        return new WireResult(r.code().number(), r.code().name(), r.message(), r.id(), r.filledUnits(), r.openUnits());
    }

    public static WireResult refusal(ResultCode code, String sentence) {
        return new WireResult(code.number(), code.name(), sentence, 0, 0, 0);
    }

    /** The result as the exchange's own record; an unknown code (a newer host) reads as invalid. */
    public CommandResult toResult() {
        ResultCode rc = code(name, code);
        if (rc == ResultCode.OK) {
            return new CommandResult(rc, null, id, filledUnits, openUnits);
        }
        return CommandResult.reject(rc, sentence == null ? rc.sentence() : sentence);
    }

    static ResultCode code(String name, int number) {
        for (ResultCode c : ResultCode.values()) {
            if (c.number() == number) {
                return c;
            }
        }
        return ResultCode.COMMAND_INVALID;
    }
}
