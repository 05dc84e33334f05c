//! Bad requests against a real `stance serve`: each gets `{"error": "..."}` with the right
//! status, none of them stops the server or stalls other clients, and SIGTERM/SIGINT stop
//! it gracefully.

#[allow(dead_code)]
mod serve_support;

use serde_json::json;
use serve_support::{connect, example, read_response, send_raw, Server};
use std::io::Write;
use std::time::{Duration, Instant};

#[test]
fn malformed_json_is_400() {
    let server = Server::start(&[]);
    for body in ["{\"text\": ", "{text: 1}", "[1, 2", "", "   "] {
        let msg = server
            .post("/v1/score", "application/json", body)
            .expect_error(400);
        assert!(msg.contains("malformed JSON"), "{msg}");
    }
    let msg = server
        .post("/v1/predict", "application/json", "{\"text\": \"a\",}")
        .expect_error(400);
    assert!(msg.contains("malformed JSON"), "{msg}");
}

#[test]
fn wrong_or_missing_content_type_is_415() {
    let server = Server::start(&[]);
    let text = example("summit");
    let msg = server
        .post("/v1/score", "application/x-www-form-urlencoded", &text)
        .expect_error(415);
    assert!(msg.contains("text/plain or application/json"), "{msg}");
    let msg = server
        .post("/v1/score", "text/plain; charset=latin1", &text)
        .expect_error(415);
    assert!(msg.contains("UTF-8"), "{msg}");
    let no_type = serve_support::request(server.addr, "POST", "/v1/score", None, text.as_bytes());
    assert!(no_type.expect_error(415).contains("missing content-type"));
    // /v1/predict takes JSON only; /v1/batch JSON lines only.
    server
        .post("/v1/predict", "text/plain", "Russia praised Iran.")
        .expect_error(415);
    let msg = server
        .post("/v1/batch", "application/json", "{\"text\": \"x\"}")
        .expect_error(415);
    assert!(msg.contains("application/x-ndjson"), "{msg}");
}

#[test]
fn empty_text_is_422() {
    let server = Server::start(&[]);
    for body in ["", " \n\t \n"] {
        let msg = server
            .post("/v1/score", "text/plain", body)
            .expect_error(422);
        assert!(msg.contains("text is empty"), "{msg}");
    }
    server
        .post_json("/v1/score", &json!({"text": "   "}))
        .expect_error(422);
    server
        .post_json("/v1/predict", &json!({"text": "", "target": "Iran"}))
        .expect_error(422);
    let msg = server
        .post("/v1/batch", "application/x-ndjson", "\n\n")
        .expect_error(422);
    assert!(msg.contains("no documents"), "{msg}");
    let msg = server
        .post(
            "/v1/batch",
            "application/x-ndjson",
            "{\"text\": \"Iran praised Russia.\"}\n{\"text\": \"\"}\n",
        )
        .expect_error(422);
    assert!(msg.starts_with("line 2: text is empty"), "{msg}");
}

#[test]
fn unknown_fields_and_wrong_types_are_422() {
    let server = Server::start(&[]);
    let msg = server
        .post_json(
            "/v1/score",
            &json!({"text": "Iran praised Russia.", "lang": "en"}),
        )
        .expect_error(422);
    assert!(msg.contains("unknown field `lang`"), "{msg}");
    let msg = server
        .post_json("/v1/score", &json!({"text": 5}))
        .expect_error(422);
    assert!(msg.contains("invalid type"), "{msg}");
    server
        .post_json("/v1/score", &json!({"targets": ["Iran"]}))
        .expect_error(422);
    server
        .post_json("/v1/score", &json!(["Iran praised Russia."]))
        .expect_error(422);
    let msg = server
        .post_json(
            "/v1/predict",
            &json!({"text": "Iran praised Russia.", "target": "Iran", "holder": "x"}),
        )
        .expect_error(422);
    assert!(msg.contains("unknown field `holder`"), "{msg}");
    let msg = server
        .post(
            "/v1/batch",
            "application/x-ndjson",
            "{\"text\": \"Iran praised Russia.\"}\n{\"text\": \"x\", \"extra\": 1}\n",
        )
        .expect_error(422);
    assert!(msg.starts_with("line 2: unknown field `extra`"), "{msg}");
    let msg = server
        .post(
            "/v1/batch",
            "application/x-ndjson",
            "{\"text\": \"x\"}\n{oops}\n",
        )
        .expect_error(400);
    assert!(msg.starts_with("line 2: malformed JSON"), "{msg}");
}

#[test]
fn bad_predict_targets_are_422() {
    let server = Server::start(&[]);
    let text = "Zürich praised Russia.";
    let cases = [
        (json!({"text": text, "target": "Iran"}), "does not occur"),
        (json!({"text": text}), "give the target"),
        (json!({"text": text, "target": ""}), "target is empty"),
        (json!({"text": text, "target_start": 0}), "both"),
        (
            json!({"text": text, "target_start": 3, "target_end": 3}),
            "non-empty",
        ),
        (
            json!({"text": text, "target_start": 0, "target_end": 99}),
            "within",
        ),
        (
            json!({"text": text, "target_start": 2, "target_end": 7}),
            "splits a character",
        ),
        (
            json!({"text": text, "target": "Iran", "target_start": 0, "target_end": 7}),
            "does not match",
        ),
        (
            json!({"text": text, "target_start": -1, "target_end": 3}),
            "invalid value",
        ),
        (json!({"text": text, "topic": " "}), "topic is empty"),
        (
            json!({"text": text, "topic": "Trade", "target": "Russia"}),
            "not both",
        ),
    ];
    for (body, expected) in cases {
        let msg = server.post_json("/v1/predict", &body).expect_error(422);
        assert!(msg.contains(expected), "{body}: {msg}");
    }
}

#[test]
fn invalid_utf8_is_400() {
    let server = Server::start(&[]);
    let msg = server
        .post("/v1/score", "text/plain", b"Iran praised \xff\xfe Russia.")
        .expect_error(400);
    assert!(msg.contains("UTF-8"), "{msg}");
}

#[test]
fn oversized_bodies_are_413() {
    let server = Server::start(&["--body-limit", "64KiB"]);
    let limit = 64 * 1024;
    // Declared too large: refused from the header alone, before any body is sent.
    let mut stream = connect(server.addr);
    write!(
        stream,
        "POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
        limit + 1
    )
    .unwrap();
    let msg = read_response(&mut stream).expect_error(413);
    assert!(msg.contains("65536 bytes"), "{msg}");
    // Chunked, so the size is only known while reading.
    let chunk = "a ".repeat(limit / 2 + 8);
    let raw = format!(
        "POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n{chunk}\r\n0\r\n\r\n",
        chunk.len()
    );
    send_raw(server.addr, raw.as_bytes()).expect_error(413);
    // JSON and batch bodies too; one under the limit still works.
    let big = json!({ "text": "Iran praised Russia. ".repeat(limit / 20) });
    server.post_json("/v1/score", &big).expect_error(413);
    server
        .post("/v1/batch", "application/x-ndjson", big.to_string())
        .expect_error(413);
    let fits = "Iran praised Russia. ".repeat(limit / 40);
    assert_eq!(server.post("/v1/score", "text/plain", fits).status, 200);
}

#[test]
fn default_body_limit_is_one_mib() {
    let server = Server::start(&[]);
    let mut stream = connect(server.addr);
    write!(
        stream,
        "POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
        (1 << 20) + 1
    )
    .unwrap();
    let msg = read_response(&mut stream).expect_error(413);
    assert!(msg.contains("1048576 bytes"), "{msg}");
}

#[test]
fn unknown_paths_and_methods() {
    let server = Server::start(&[]);
    let msg = server.get("/v2/score").expect_error(404);
    assert!(msg.contains("/v1/score"), "{msg}");
    let res = server.get("/v1/score");
    let msg = res.expect_error(405);
    assert_eq!(msg, "GET is not allowed on /v1/score; use POST");
    assert_eq!(res.header("allow"), Some("POST"));
    server
        .post("/healthz", "text/plain", "hello")
        .expect_error(405);
}

#[test]
fn slow_requests_time_out_without_stalling_others() {
    let server = Server::start(&["--timeout", "2s"]);
    // A client that sends half its body and then stalls.
    let mut slow = connect(server.addr);
    write!(
        slow,
        "POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nIran praised"
    )
    .unwrap();
    // Meanwhile other clients are answered at once.
    let started = Instant::now();
    for _ in 0..5 {
        assert_eq!(server.get("/healthz").status, 200);
        let res = server.post("/v1/score", "text/plain", "Iran praised Russia.");
        assert_eq!(res.status, 200);
    }
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "{:?}",
        started.elapsed()
    );
    let msg = read_response(&mut slow).expect_error(503);
    assert!(msg.contains("2s"), "{msg}");
    assert_eq!(server.get("/healthz").status, 200);
}

#[test]
fn stalled_connections_are_closed_after_the_timeout() {
    let server = Server::start(&["--timeout", "1s"]);
    // One connection says nothing; one stops in the middle of its headers.
    let mut silent = connect(server.addr);
    let mut half = connect(server.addr);
    half.write_all(b"POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Ty")
        .unwrap();
    let started = Instant::now();
    for stream in [&mut silent, &mut half] {
        let mut sink = Vec::new();
        let _ = std::io::Read::read_to_end(stream, &mut sink);
    }
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(800),
        "closed too early: {waited:?}"
    );
    assert!(waited < Duration::from_secs(10), "not closed: {waited:?}");
    assert_eq!(server.get("/healthz").status, 200);
}

#[test]
fn garbage_does_not_crash_the_server() {
    let server = Server::start(&[]);
    let garbage: [&[u8]; 5] = [
        b"\x00\x01\x02\r\n\r\n",
        b"GET / HTTP/9.9\r\n\r\n",
        b"POST /v1/score HTTP/1.1\r\nContent-Length: nope\r\n\r\n",
        b"POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nab",
        b"POST /v1/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    ];
    for raw in garbage {
        let mut stream = connect(server.addr);
        stream
            .set_read_timeout(Some(Duration::from_millis(300)))
            .unwrap();
        let _ = stream.write_all(raw);
        let _ = stream.shutdown(std::net::Shutdown::Write);
        let mut sink = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stream, &mut sink);
    }
    let nul = server.post("/v1/score", "text/plain", "Iran\0praised Russia.");
    assert!(nul.expect_error(422).contains("NUL"));
    let res = server.post("/v1/score", "text/plain", example("trade"));
    assert_eq!(res.status, 200);
}

#[test]
fn sigterm_finishes_requests_in_flight_then_exits() {
    let mut server = Server::start(&[]);
    let text = "Iran praised Russia.";
    let mut open = connect(server.addr);
    write!(
        open,
        "POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: {}\r\n\r\nIran",
        text.len()
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    server.signal("TERM");
    std::thread::sleep(Duration::from_millis(200));
    // New connections are refused once the server stops listening...
    assert!(std::net::TcpStream::connect(server.addr).is_err());
    // ...but the request already in flight is answered.
    open.write_all(&text.as_bytes()[4..]).unwrap();
    let res = read_response(&mut open);
    assert_eq!(res.status, 200, "{}", res.text());
    let status = server.wait_exit(Duration::from_secs(5)).expect("exits");
    assert!(status.success(), "{status:?}");
    let stderr = server.stderr();
    assert!(
        stderr.contains("shutting down") && stderr.contains("stopped"),
        "{stderr}"
    );
}

#[test]
fn sigint_stops_an_idle_server() {
    let mut server = Server::start(&[]);
    assert_eq!(server.get("/healthz").status, 200);
    server.signal("INT");
    let status = server.wait_exit(Duration::from_secs(5)).expect("exits");
    assert!(status.success(), "{status:?}");
}
