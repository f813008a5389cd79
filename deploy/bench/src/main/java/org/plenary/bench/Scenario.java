package org.plenary.bench;

/** One part of the benchmark: it drives the system and records what it measured. */
interface Scenario {

    void run(Measurements measurements) throws Exception;
}
