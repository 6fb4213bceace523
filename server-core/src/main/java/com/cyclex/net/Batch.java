package com.cyclex.net;

import com.cyclex.api.ExchangeEvent;
import java.util.List;

/** The events of the commands sequenced from {@code firstSeq} to {@code lastSeq}: the stream's unit of resumption. */
public record Batch(long firstSeq, long lastSeq, List<ExchangeEvent> events) {
}
