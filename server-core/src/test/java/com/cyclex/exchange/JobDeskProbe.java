package com.cyclex.exchange;

/** Reaches an exchange's job desk from tests in its package, to look at how jobs are picked for checking. */
final class JobDeskProbe {
    final JobDesk desk;

    JobDeskProbe(Exchange exchange) {
        try {
            var field = Exchange.class.getDeclaredField("jobDesk");
            field.setAccessible(true);
            desk = (JobDesk) field.get(exchange);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
