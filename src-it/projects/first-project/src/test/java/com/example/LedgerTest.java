package com.example;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;

/** A claim a lock makes false: eight threads posting to one ledger are no faster than one. */
class LedgerTest {

    static final Ledger LEDGER = new Ledger();

    @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 16, concurrency = 8, rounds = 3)
    @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 3.0)
    void post() {
        for (int entry = 0; entry < 10; entry++) {
            LEDGER.post(entry);
        }
    }
}
