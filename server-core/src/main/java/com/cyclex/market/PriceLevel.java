package com.cyclex.market;

/** The orders resting at one price on one side, oldest first. */
final class PriceLevel {
    final long price;
    Order head;
    Order tail;
    long totalUnits;
    int orderCount;

    PriceLevel(long price) {
        this.price = price;
    }

    boolean isEmpty() {
        return head == null;
    }

    void append(Order order) {
        order.level = this;
        order.next = null;
        order.prev = tail;
        if (tail == null) {
            head = order;
        } else {
            tail.next = order;
        }
        tail = order;
        totalUnits += order.openUnits;
        orderCount++;
    }

    void remove(Order order) {
        if (order.prev == null) {
            head = order.next;
        } else {
            order.prev.next = order.next;
        }
        if (order.next == null) {
            tail = order.prev;
        } else {
            order.next.prev = order.prev;
        }
        totalUnits -= order.openUnits;
        orderCount--;
        order.prev = null;
        order.next = null;
        order.level = null;
    }
}
