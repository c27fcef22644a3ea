//! Serving HTTP/1.1 on a listener with hyper: the loopback redirect's one
//! page, and the tests' stand-in.

use hyper::body::Incoming;
use hyper::header::{HeaderValue, CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use std::future::Future;
use std::sync::Arc;
use tokio::net::TcpListener;

/// Accepts connections on `listener` until the returned future is dropped;
/// each request is answered by `handler`.
pub async fn serve<F>(listener: TcpListener, handler: F)
where
    F: Fn(Request<Incoming>) -> Response<String> + Send + Sync + 'static,
{
    serve_async(listener, move |request| {
        let response = handler(request);
        async move { Some(response) }
    })
    .await;
}

/// Like `serve`, for handlers that read the request body. A handler that
/// returns `None` drops the connection without an answer (the stand-in's
/// "network down").
pub async fn serve_async<F, Fut>(listener: TcpListener, handler: F)
where
    F: Fn(Request<Incoming>) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Option<Response<String>>> + Send + 'static,
{
    let handler = Arc::new(handler);
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let handler = handler.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request| {
                let response = handler(request);
                async move { response.await.ok_or(ConnectionDropped) }
            });
            let _ = http1::Builder::new()
                .keep_alive(false)
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

pub fn plain(status: StatusCode, text: &str) -> Response<String> {
    respond(status, "text/plain; charset=utf-8", text.to_owned())
}

pub fn html(status: StatusCode, page: &str) -> Response<String> {
    respond(status, "text/html; charset=utf-8", page.to_owned())
}

#[cfg(feature = "stand-in")]
pub fn json(status: StatusCode, body: String) -> Response<String> {
    respond(status, "application/json", body)
}

fn respond(status: StatusCode, content_type: &'static str, body: String) -> Response<String> {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'"),
    );
    response
}

/// Why a connection was dropped without an answer.
#[derive(Debug)]
struct ConnectionDropped;

impl std::fmt::Display for ConnectionDropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped on purpose")
    }
}

impl std::error::Error for ConnectionDropped {}
