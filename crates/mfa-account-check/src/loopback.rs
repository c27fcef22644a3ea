//! The loopback redirect of RFC 8252: a listener on `127.0.0.1` at a port the
//! OS picks, which takes the one redirect Microsoft sends the browser to,
//! answers it with a page saying where to go next, and closes.

use crate::http_server;
use hyper::body::Incoming;
use hyper::{Method, Request, Response, StatusCode};
use std::sync::{Arc, Mutex};
use tokio::net::TcpListener;
use tokio::sync::Notify;

/// The page the browser shows once the redirect arrived, in the person's language.
#[derive(Debug, Clone)]
pub struct BrowserPage {
    pub lang: &'static str,
    pub title: String,
    pub message: String,
}

/// What the redirect carried: a code, or an error.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Redirect {
    pub code: Option<String>,
    pub error: Option<String>,
    pub error_description: Option<String>,
    pub error_subcode: Option<String>,
}

pub struct Loopback {
    listener: TcpListener,
    port: u16,
}

impl Loopback {
    pub async fn bind() -> std::io::Result<Loopback> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let port = listener.local_addr()?.port();
        Ok(Loopback { listener, port })
    }

    /// `http://127.0.0.1:<port>/`. Microsoft matches it to the registered
    /// `http://127.0.0.1` whatever the port.
    pub fn redirect_uri(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// Serves until a request to `/` carries `state` and a code or an error.
    /// Requests without the right state (another page's, a stale tab's) are
    /// answered 400 and change nothing. The listener closes on return.
    pub async fn wait_for_redirect(self, state: String, page: BrowserPage) -> Redirect {
        let received: Arc<Mutex<Option<Redirect>>> = Arc::default();
        let arrived = Arc::new(Notify::new());
        let page = Arc::new(page);
        let handler = {
            let received = received.clone();
            let arrived = arrived.clone();
            move |request: Request<Incoming>| {
                let answer = answer(&request, &state, &page, &received);
                arrived.notify_one();
                answer
            }
        };
        tokio::select! {
            () = http_server::serve(self.listener, handler) => {}
            () = wait_until_set(&received, &arrived) => {}
        }
        let redirect = received.lock().unwrap_or_else(|e| e.into_inner()).take();
        redirect.unwrap_or_default()
    }
}

async fn wait_until_set(received: &Mutex<Option<Redirect>>, arrived: &Notify) {
    loop {
        if received.lock().unwrap_or_else(|e| e.into_inner()).is_some() {
            return;
        }
        arrived.notified().await;
    }
}

fn answer(
    request: &Request<Incoming>,
    state: &str,
    page: &BrowserPage,
    received: &Mutex<Option<Redirect>>,
) -> Response<String> {
    if request.method() != Method::GET || request.uri().path() != "/" {
        return http_server::plain(StatusCode::NOT_FOUND, "not found");
    }
    let query = request.uri().query().unwrap_or_default();
    let mut redirect = Redirect::default();
    let mut state_matches = false;
    for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
        match key.as_ref() {
            "state" => state_matches = value == state,
            "code" => redirect.code = Some(value.into_owned()),
            "error" => redirect.error = Some(value.into_owned()),
            "error_description" => redirect.error_description = Some(value.into_owned()),
            "error_subcode" => redirect.error_subcode = Some(value.into_owned()),
            _ => {}
        }
    }
    if !state_matches || (redirect.code.is_none() && redirect.error.is_none()) {
        log::warn!(
            "sign-in: a request to the loopback address without this sign-in's state was refused"
        );
        return http_server::plain(
            StatusCode::BAD_REQUEST,
            "This is not the sign-in the assistant started.",
        );
    }
    let mut slot = received.lock().unwrap_or_else(|e| e.into_inner());
    if slot.is_none() {
        *slot = Some(redirect);
    }
    http_server::html(StatusCode::OK, &page_html(page))
}

/// A page with nothing to load: no scripts, no remote content.
fn page_html(page: &BrowserPage) -> String {
    format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <style>body{{font-family:sans-serif;max-width:36em;margin:4em auto;line-height:1.6}}</style>\
         </head><body><h1>{}</h1><p>{}</p></body></html>",
        page.lang,
        escape(&page.title),
        escape(&page.title),
        escape(&page.message)
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
