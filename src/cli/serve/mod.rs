//! `stance serve`: the scorer as an HTTP service (axum on tokio) with a dashboard page.
//!
//! The model and the actor finder are loaded once and shared in an [`Arc`]. Scoring is
//! CPU-bound, so it runs on tokio's blocking pool, at most `--workers` articles at a time
//! (a fair semaphore), which keeps the async threads free to accept, read and answer other
//! clients while articles are scored.

mod body;
mod errors;
mod routes;

use super::args::ServeArgs;
use super::{load_model, print, Failure};
use errors::ApiError;
use stance::actors::{ActorFinder, Gazetteer};
use stance::{Error, Model};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

/// Longest wait for in-flight requests after SIGINT/SIGTERM before the server exits anyway.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// What every request shares.
pub struct AppState {
    pub model: Model,
    pub finder: ActorFinder,
    /// One permit per article being scored.
    pub workers: Arc<Semaphore>,
    pub n_workers: usize,
    pub body_limit: usize,
    pub timeout: Duration,
}

impl AppState {
    pub fn new(model: Model, finder: ActorFinder, n_workers: usize) -> Self {
        AppState {
            model,
            finder,
            workers: Arc::new(Semaphore::new(n_workers)),
            n_workers,
            body_limit: 1 << 20,
            timeout: Duration::from_secs(30),
        }
    }

    /// Runs CPU-bound work on the blocking pool once a worker is free. The permit travels
    /// with the work, so a request that times out still holds its worker until the work ends
    /// and the number of busy threads never exceeds `--workers`.
    pub async fn blocking<T, F>(self: &Arc<Self>, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&AppState) -> T + Send + 'static,
    {
        let permit = self
            .workers
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| ApiError::internal("the server is shutting down"))?;
        let state = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            work(&state)
        })
        .await
        .map_err(|e| {
            eprintln!("stance serve: scoring task failed: {e}");
            ApiError::internal("internal error while scoring; the server is still running")
        })
    }
}

pub fn run(args: ServeArgs) -> Result<(), Failure> {
    let model = load_model(args.model.as_deref())?;
    let finder = match &args.actors {
        Some(path) => {
            let mut gazetteer = Gazetteer::builtin().clone();
            gazetteer.extend(Gazetteer::from_path(path).map_err(Error::from)?);
            ActorFinder::new(&gazetteer)
        }
        None => ActorFinder::builtin().clone(),
    };
    let n_workers = args.workers.map_or_else(
        || std::thread::available_parallelism().map_or(2, |n| n.get()),
        |n| n.get(),
    );
    let mut state = AppState::new(model, finder, n_workers);
    state.body_limit = args.body_limit;
    state.timeout = args.timeout;
    let state = Arc::new(state);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::runtime(format!("cannot start the async runtime: {e}")))?;
    runtime.block_on(serve(args.addr, state))
}

async fn serve(addr: SocketAddr, state: Arc<AppState>) -> Result<(), Failure> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::server::graceful::GracefulShutdown;
    use hyper_util::service::TowerToHyperService;

    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| Failure::runtime(format!("cannot listen on {addr}: {e}")))?;
    let bound = listener
        .local_addr()
        .map_err(|e| Failure::runtime(format!("cannot listen on {addr}: {e}")))?;
    if !bound.ip().is_loopback() {
        eprintln!(
            "stance serve: warning: listening on {} is reachable from other machines; \
             the service has no authentication",
            bound.ip()
        );
    }
    eprintln!(
        "stance serve: model {:?}, {} worker(s), body limit {} bytes, timeout {}",
        state.model.meta().name,
        state.n_workers,
        state.body_limit,
        humantime::format_duration(state.timeout)
    );
    print(&format!("listening on http://{bound}\n"))?;

    // One HTTP/1.1 connection per task. Headers (and the next request on an idle
    // keep-alive connection) must arrive within the timeout, so a client that connects and
    // stalls only holds a socket for that long.
    let service = TowerToHyperService::new(routes::router(Arc::clone(&state)));
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(state.timeout);
    let graceful = GracefulShutdown::new();
    let mut stop = std::pin::pin!(shutdown_signal());
    loop {
        let (tcp, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(conn) => conn,
                Err(e) => {
                    // Out of file descriptors and the like: wait instead of spinning.
                    eprintln!("stance serve: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let _ = tcp.set_nodelay(true);
        let conn = http.serve_connection(TokioIo::new(tcp), service.clone());
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            // A client that hangs up or sends garbage ends its own connection; nothing to do.
            let _ = conn.await;
        });
    }
    drop(listener);
    eprintln!("stance serve: shutting down; finishing requests in flight");
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(SHUTDOWN_GRACE) => eprintln!(
            "stance serve: requests still open after {}; closing them",
            humantime::format_duration(SHUTDOWN_GRACE)
        ),
    }
    eprintln!("stance serve: stopped");
    Ok(())
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}

/// Parses a byte size: `1048576`, `512KiB`, `1MiB`, `2MB` (binary and decimal units).
pub fn parse_size(s: &str) -> Result<usize, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !c.is_ascii_digit() && c != '_')
        .unwrap_or(s.len());
    let (digits, unit) = s.split_at(split);
    let n: usize = digits
        .replace('_', "")
        .parse()
        .map_err(|_| format!("{s:?} is not a size such as 1048576, 512KiB or 1MiB"))?;
    let scale: usize = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "kib" => 1 << 10,
        "m" | "mb" => 1_000_000,
        "mib" => 1 << 20,
        "g" | "gb" => 1_000_000_000,
        "gib" => 1 << 30,
        other => return Err(format!("unknown size unit {other:?} (use KiB, MiB or GiB)")),
    };
    match n.checked_mul(scale) {
        Some(0) => Err("the body limit must be at least one byte".into()),
        Some(bytes) => Ok(bytes),
        None => Err(format!("{s:?} is too large")),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("1048576"), Ok(1 << 20));
        assert_eq!(parse_size("1MiB"), Ok(1 << 20));
        assert_eq!(parse_size("512 KiB"), Ok(512 << 10));
        assert_eq!(parse_size("2mb"), Ok(2_000_000));
        assert!(parse_size("0").is_err());
        assert!(parse_size("ten").is_err());
        assert!(parse_size("3 parsecs").is_err());
    }
}
