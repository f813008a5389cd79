package org.plenary.bench.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One kind of request (a POST, or a GET), as fast as a fixed number of clients can send it (closed model:
 * {@code bench.concurrency} clients, each sending its next request when the last one is answered) or at a constant arrival rate whatever the
 * answers take (open model: {@code bench.rate} requests a second, so queueing shows in the latencies instead of
 * slowing the load down). Every request must answer {@code bench.status}. Set by the benchmark driver:
 * <ul>
 *   <li>{@code bench.name}, {@code bench.baseUrl}, {@code bench.path} and {@code bench.body}, where {@code #{state}}
 *   and {@code #{token}} come from the CSV {@code bench.delegations} (state,token; used in turn) and {@code #{n}} is
 *   the request's number, unique in the run, so every request registers or submits something new;</li>
 *   <li>{@code bench.model} ({@code closed} or {@code open}), {@code bench.concurrency} or {@code bench.rate},
 *   {@code bench.seconds}, {@code bench.status};</li>
 *   <li>or, closed, {@code bench.requests} instead of {@code bench.seconds}: that many requests in all, shared among
 *   the clients (to fill a meeting to a given size in one run).</li>
 * </ul>
 */
public class RequestSimulation extends Simulation {

    private static String setting(String name) {
        String value = System.getProperty("bench." + name);
        if (value == null) {
            throw new IllegalArgumentException("Set -Dbench." + name);
        }
        return value;
    }

    private final AtomicLong number = new AtomicLong(Long.parseLong(System.getProperty("bench.first", "0")));
    private final Iterator<Map<String, Object>> numbers =
            Stream.generate(() -> Map.<String, Object>of("n", number.getAndIncrement())).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(setting("baseUrl"))
            .contentTypeHeader("application/json").acceptHeader("application/json")
            // A member state's IT system keeps its connections open: one pool for all the virtual users.
            .shareConnections();

    private final ChainBuilder send = feed(csv(setting("delegations")).circular())
            .feed(numbers)
            .exec(request().check(status().is(Integer.parseInt(setting("status")))));

    private static HttpRequestActionBuilder request() {
        if (System.getProperty("bench.method", "POST").equals("GET")) {
            HttpRequestActionBuilder get = http(setting("name")).get(setting("path"))
                    .header("Authorization", "Bearer #{token}");
            String tag = System.getProperty("bench.ifNoneMatch");
            return tag == null ? get : get.header("If-None-Match", tag);
        }
        return http(setting("name")).post(setting("path")).header("Authorization", "Bearer #{token}")
                .body(StringBody(setting("body")));
    }

    {
        if (System.getProperty("bench.requests") != null) {
            int clients = Integer.parseInt(setting("concurrency"));
            long requests = Long.parseLong(setting("requests"));
            AtomicLong left = new AtomicLong(requests);
            // Each client takes the next request while any is left, so the total is exact whatever their speeds.
            ScenarioBuilder counted = scenario(setting("name"))
                    .asLongAs(session -> left.getAndDecrement() > 0).on(send);
            setUp(counted.injectOpen(atOnceUsers(clients))).protocols(protocol);
        } else if (setting("model").equals("open")) {
            setUp(scenario(setting("name")).exec(send).injectOpen(constantUsersPerSec(
                    Double.parseDouble(setting("rate"))).during(Integer.parseInt(setting("seconds")))))
                    .protocols(protocol);
        } else {
            setUp(scenario(setting("name")).exec(send).injectClosed(constantConcurrentUsers(
                    Integer.parseInt(setting("concurrency"))).during(Integer.parseInt(setting("seconds")))))
                    .protocols(protocol);
        }
    }
}
