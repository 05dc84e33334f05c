//! The dashboard in a real browser: Debian's headless Chromium, driven over the DevTools
//! protocol, loads the page from a real `stance serve`, gets an article pasted into it and
//! scored, and the rendered DOM is checked against the API's report. Screenshots go to
//! `target/screenshots/`. Skips (with a message) when Chromium is not installed; `.ci/run`
//! installs it.

#[allow(dead_code)]
mod serve_support;

use serde_json::{json, Value};
use serve_support::{example, long_article, Server};
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket};

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("STANCE_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    if path.exists() {
        Some(path)
    } else {
        eprintln!(
            "SKIPPED: no Chromium at {} (install Debian's `chromium` package, as .ci/run does, \
             or set STANCE_CHROMIUM)",
            path.display()
        );
        None
    }
}

/// A headless Chromium with its own empty profile; killed when dropped.
struct Browser {
    child: Child,
    ws_url: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn launch(binary: &Path) -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let mut child = Command::new(binary)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-quic",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start chromium");
        let (tx, rx) = std::sync::mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(url) = line.strip_prefix("DevTools listening on ") {
                    let _ = tx.send(url.trim().to_string());
                }
            }
        });
        let ws_url = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("chromium printed its DevTools address");
        Browser {
            child,
            ws_url,
            _profile: profile,
        }
    }

    /// A new tab, with a DevTools connection of its own.
    fn new_page(&self, width: u32, height: u32) -> Page {
        let mut browser = Cdp::connect(&self.ws_url);
        let target = browser.call("Target.createTarget", json!({"url": "about:blank"}));
        let host = self
            .ws_url
            .trim_start_matches("ws://")
            .split('/')
            .next()
            .unwrap();
        let id = target["targetId"].as_str().unwrap();
        let mut page = Page(Cdp::connect(&format!("ws://{host}/devtools/page/{id}")));
        page.resize(width, height);
        page
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A minimal DevTools protocol client: one command at a time, events skipped.
struct Cdp {
    ws: WebSocket<TcpStream>,
    next_id: u64,
}

impl Cdp {
    fn connect(url: &str) -> Cdp {
        let host = url.trim_start_matches("ws://").split('/').next().unwrap();
        let stream = TcpStream::connect(host).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        let (ws, _) = tungstenite::client(url, stream).expect("DevTools websocket");
        Cdp { ws, next_id: 0 }
    }

    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let msg = json!({"id": id, "method": method, "params": params}).to_string();
        self.ws.send(Message::text(msg)).unwrap();
        loop {
            let Message::Text(text) = self.ws.read().unwrap() else {
                continue;
            };
            let reply: Value = serde_json::from_str(text.as_str()).unwrap();
            if reply["id"] == id {
                assert!(reply.get("error").is_none(), "{method}: {reply}");
                return reply["result"].clone();
            }
        }
    }
}

struct Page(Cdp);

impl Page {
    fn resize(&mut self, width: u32, height: u32) {
        self.0.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}),
        );
    }

    /// Evaluates a JS expression in the page and returns its value.
    fn eval(&mut self, expr: &str) -> Value {
        let r = self.0.call(
            "Runtime.evaluate",
            json!({"expression": expr, "returnByValue": true, "awaitPromise": true}),
        );
        assert!(r.get("exceptionDetails").is_none(), "{expr}: {r}");
        r["result"]["value"].clone()
    }

    fn wait_for(&mut self, expr: &str, limit: Duration) {
        let start = Instant::now();
        while start.elapsed() < limit {
            if self.eval(expr) == json!(true) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("timed out waiting for {expr}");
    }

    /// A real mouse click at the centre of the element, once it is the element there:
    /// after scrolling it into view the page lays out again, and a busy machine may take
    /// more than a frame to do so (the click once landed beside an actor's row).
    fn click(&mut self, selector: &str) {
        let expr = format!(
            "new Promise(done => {{ const e = document.querySelector({sel}); \
             e.scrollIntoView({{block: 'center', behavior: 'instant'}}); \
             requestAnimationFrame(() => requestAnimationFrame(() => {{ \
             const r = e.getBoundingClientRect(); const x = r.x + r.width / 2, y = r.y + r.height / 2; \
             done([x, y, e.contains(document.elementFromPoint(x, y))]); }})); }})",
            sel = json!(selector)
        );
        let start = Instant::now();
        let at = loop {
            let at = self.eval(&expr);
            if at[2] == json!(true) {
                break at;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "{selector} is never the element at its own centre: {at}"
            );
            std::thread::sleep(Duration::from_millis(100));
        };
        for kind in ["mousePressed", "mouseReleased"] {
            self.0.call(
                "Input.dispatchMouseEvent",
                json!({"type": kind, "x": at[0], "y": at[1], "button": "left", "clickCount": 1}),
            );
        }
    }

    /// Types the text into the focused element the way a paste does (one insertion).
    fn paste_into(&mut self, selector: &str, text: &str) {
        self.eval(&format!(
            "document.querySelector({}).focus()",
            json!(selector)
        ));
        self.0.call("Input.insertText", json!({ "text": text }));
    }

    fn screenshot(&mut self, name: &str, full_page: bool) -> PathBuf {
        if full_page {
            let height = self
                .eval("document.documentElement.scrollHeight")
                .as_u64()
                .unwrap();
            self.resize(1440, height.clamp(600, 6000) as u32);
        }
        let shot = self
            .0
            .call("Page.captureScreenshot", json!({"format": "png"}));
        use base64::Engine;
        let png = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().unwrap())
            .unwrap();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, png).unwrap();
        eprintln!("screenshot: {}", path.display());
        path
    }
}

/// Opens the dashboard, pastes `text`, scores it and checks the page against the report.
fn paste_and_score(page: &mut Page, server: &Server, text: &str) -> Value {
    page.0.call("Page.enable", json!({}));
    page.0.call(
        "Page.navigate",
        json!({"url": format!("http://{}/", server.addr)}),
    );
    page.wait_for(
        "document.readyState === 'complete' && \
         document.querySelector('#model-info').textContent.startsWith('model ')",
        Duration::from_secs(30),
    );
    page.paste_into("#article", text);
    assert_eq!(
        page.eval("document.querySelector('#article').value"),
        json!(text)
    );
    page.click("#score-btn");
    page.wait_for(
        "['ok', 'error'].some(c => document.querySelector('#status').classList.contains(c))",
        Duration::from_secs(60),
    );
    let status = page.eval("document.querySelector('#status').textContent");
    assert_eq!(
        page.eval("document.querySelector('#status').className"),
        json!("status ok"),
        "{status}"
    );
    let report = server.post("/v1/score", "text/plain", text).json();

    // Every mention is highlighted, with its actor and its stance's colour.
    let marks = page.eval(
        "[...document.querySelectorAll('#text mark.m')].map(m => [m.dataset.actor, m.textContent, m.className])",
    );
    let marks = marks.as_array().unwrap();
    let mentions: Vec<&Value> = report["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["mentions"].as_array().unwrap())
        .collect();
    assert_eq!(marks.len(), mentions.len());
    for (mark, mention) in marks.iter().zip(&mentions) {
        assert_eq!(mark[0], mention["actor"]);
        assert_eq!(mark[1], mention["text"]);
        let class = mark[2].as_str().unwrap();
        assert!(
            ["pos", "neg", "neu"].iter().any(|c| class.contains(c)),
            "{class}"
        );
    }
    // The page shows the article's text unchanged, sentence by sentence.
    let shown = page.eval(
        "[...document.querySelectorAll('#text .sent')].map(s => [...s.childNodes].filter(n => !(n.classList && n.classList.contains('idx'))).map(n => n.textContent).join(''))",
    );
    let sentences: Vec<&Value> = report["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["text"])
        .collect();
    assert_eq!(
        shown.as_array().unwrap().iter().collect::<Vec<_>>(),
        sentences
    );
    // One summary row per actor, one matrix cell per relation (up to the matrix's size).
    let rows =
        page.eval("[...document.querySelectorAll('#actors .actor-row')].map(r => r.dataset.actor)");
    let rows: BTreeSet<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let actors: BTreeSet<&str> = report["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["actor"].as_str().unwrap())
        .collect();
    assert_eq!(rows, actors);
    let cells = page
        .eval("document.querySelectorAll('#matrix .cell').length")
        .as_u64()
        .unwrap();
    assert!(cells > 0 && cells as usize <= report["relations"].as_array().unwrap().len());
    report
}

/// Clicks an actor's summary row and checks that only its sentences stay visible.
fn filter_by(page: &mut Page, report: &Value, actor: &str) {
    page.click(&format!(".actor-row[data-actor={}]", json!(actor)));
    page.wait_for(
        "!document.querySelector('#filter-bar').hidden",
        Duration::from_secs(5),
    );
    let visible = page.eval(
        "[...document.querySelectorAll('#text .sent')].filter(s => s.offsetParent !== null).map(s => +s.dataset.i)",
    );
    let expected: Vec<Value> = report["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| {
            s["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m["actor"] == actor)
                || s["stances"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|st| st["holder"] == actor)
        })
        .map(|s| s["index"].clone())
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(visible.as_array().unwrap(), &expected);
}

#[test]
fn dashboard_scores_a_pasted_article() {
    let Some(binary) = chromium() else { return };
    let server = Server::start(&[]);
    let browser = Browser::launch(&binary);
    let mut page = browser.new_page(1440, 1000);
    let report = paste_and_score(&mut page, &server, &example("summit"));
    let labels = page.eval(
        "[...new Set([...document.querySelectorAll('#text mark.m')].map(m => m.classList[1]))].sort()",
    );
    assert!(
        labels.as_array().unwrap().len() >= 2,
        "stance colours used: {labels}"
    );
    page.screenshot("dashboard.png", true);
    filter_by(&mut page, &report, "Russia");
    page.screenshot("dashboard-filtered.png", true);
    page.eval("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}))");
    assert_eq!(
        page.eval("document.querySelector('#filter-bar').hidden"),
        json!(true)
    );
}

#[test]
fn dashboard_stays_usable_for_a_5000_word_article() {
    let Some(binary) = chromium() else { return };
    let server = Server::start(&[]);
    let browser = Browser::launch(&binary);
    let mut page = browser.new_page(1440, 1000);
    let text = long_article(5000);
    let started = Instant::now();
    let report = paste_and_score(&mut page, &server, &text);
    eprintln!(
        "5000+ words pasted, scored and checked in {:?}",
        started.elapsed()
    );
    assert!(report["sentences"].as_array().unwrap().len() > 200);
    // The side panel keeps to the window; the article scrolls beside it.
    let side = page.eval("document.querySelector('.side').getBoundingClientRect().height");
    assert!(side.as_f64().unwrap() <= 1000.0, "side panel height {side}");
    page.screenshot("dashboard-long.png", false);
    filter_by(&mut page, &report, "European Union");
    page.screenshot("dashboard-long-filtered.png", false);
}
