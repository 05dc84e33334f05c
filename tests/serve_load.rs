//! A short load test, ignored by default:
//!
//! ```text
//! cargo test --release --test serve_load -- --ignored --nocapture
//! ```
//!
//! Starts `stance serve` (its own process) on loopback and fires 200 concurrent clients at
//! `POST /v1/score`, each sending a real article (data/examples/summit.txt) a few times on
//! fresh connections. Every answer must be a 200 with the full report; prints requests/s,
//! latency percentiles and the machine's load average. `STANCE_LOAD_CLIENTS` and
//! `STANCE_LOAD_ROUNDS` change the size (defaults 200 and 5).

#[allow(dead_code)]
mod serve_support;

use serve_support::{example, request, Server};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

#[test]
#[ignore = "load test: run with --ignored --nocapture"]
fn two_hundred_concurrent_clients() {
    let clients = env_or("STANCE_LOAD_CLIENTS", 200);
    let rounds = env_or("STANCE_LOAD_ROUNDS", 5);
    let server = Server::start(&[]);
    let article = Arc::new(example("summit"));
    let expected = server.post("/v1/score", "text/plain", article.as_bytes());
    assert_eq!(expected.status, 200);
    let expected_len = expected.body.len();
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let load_before = load_average();

    let barrier = Arc::new(Barrier::new(clients + 1));
    let addr = server.addr;
    let handles: Vec<_> = (0..clients)
        .map(|_| {
            let barrier = Arc::clone(&barrier);
            let article = Arc::clone(&article);
            std::thread::spawn(move || {
                barrier.wait();
                let mut latencies = Vec::with_capacity(rounds);
                let mut errors = Vec::new();
                for _ in 0..rounds {
                    let start = Instant::now();
                    let res = request(
                        addr,
                        "POST",
                        "/v1/score",
                        Some("text/plain"),
                        article.as_bytes(),
                    );
                    latencies.push(start.elapsed());
                    if res.status != 200 || res.body.len() != expected_len {
                        errors.push(format!(
                            "{} ({} bytes): {}",
                            res.status,
                            res.body.len(),
                            res.text()
                        ));
                    }
                }
                (latencies, errors)
            })
        })
        .collect();
    barrier.wait();
    let started = Instant::now();
    let mut latencies: Vec<Duration> = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    for h in handles {
        let (l, e) = h.join().unwrap();
        latencies.extend(l);
        errors.extend(e);
    }
    let wall = started.elapsed();
    let load_after = load_average();
    latencies.sort();
    let pct = |p: f64| {
        latencies[((latencies.len() as f64 * p).ceil() as usize).clamp(1, latencies.len()) - 1]
    };
    let total = latencies.len();
    println!(
        "load test: {clients} concurrent clients x {rounds} requests = {total} POST /v1/score \
         of a {}-word article ({} bytes in, {expected_len} bytes out)",
        article.split_whitespace().count(),
        article.len()
    );
    println!(
        "  {:.0} requests/s over {:.2?}; latency p50 {:.1?}, p90 {:.1?}, p99 {:.1?}, max {:.1?}; errors {}",
        total as f64 / wall.as_secs_f64(),
        wall,
        pct(0.50),
        pct(0.90),
        pct(0.99),
        latencies[total - 1],
        errors.len()
    );
    println!("  machine: {cpus} CPUs, load average before {load_before}, after {load_after}");
    assert!(
        errors.is_empty(),
        "{} errors, first: {}",
        errors.len(),
        errors[0]
    );
    assert_eq!(server.get("/healthz").status, 200);
}
