package com.example;

/** Code that only the PROCESSES workers run, so only their coverage can show it covered. */
public final class Pricing {

    private Pricing() {}

    /** The price of {@code quantity} items at {@code cents} each, with a discount from ten items on. */
    public static long total(int quantity, long cents) {
        long total = quantity * cents;
        if (quantity >= 10) {
            total = total * 9 / 10;
        }
        return total;
    }
}
