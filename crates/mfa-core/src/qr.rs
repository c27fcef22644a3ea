//! QR codes that carry a link from the PC to the phone: an SVG for the window and a
//! PNG with a caption for printing or sending to oneself.
//!
//! Both take an [`AllowedUrl`], never a string, so nothing the link policy has not
//! approved can end up in a code a phone will open. Both are drawn from the same
//! module matrix, so what the window shows and what the printout shows are the
//! same code.
//!
//! The PNG's caption is drawn with a small bitmap font of our own (5 by 7 pixels,
//! plus one row for descenders, printable ASCII only) at an integer scale, because
//! rendering Japanese needs a font rasteriser and a font file the crate does not
//! ship. A caption the font cannot draw is replaced by the URL's readable form,
//! which is what a person needs under a QR code anyway: the address to type when
//! the camera does not react.

use crate::link_policy::{AllowedUrl, MAX_URL_LEN};
use image::{GrayImage, ImageFormat, Luma};
use qrcode::{Color, EcLevel, QrCode};
use std::fmt::Write as _;
use std::io::Cursor;

/// The light border scanners need around a code, in modules (the QR standard's
/// minimum).
pub const QUIET_ZONE: usize = 4;

/// Pixels per module in the PNG: big enough to print sharply at any size a
/// printer driver scales it to.
pub const PNG_MODULE_PX: usize = 10;

/// Pixel scale of the caption font in the PNG (15 by 21 pixel capitals).
pub const CAPTION_SCALE: usize = 3;

/// Characters per caption line before it wraps, so a long address stays a block
/// under the code rather than a strip wider than the page.
pub const CAPTION_LINE_CHARS: usize = 40;

const GLYPH_WIDTH: usize = 5;
const GLYPH_HEIGHT: usize = 8;
/// One blank column between glyphs and two blank rows between lines.
const GLYPH_ADVANCE: usize = GLYPH_WIDTH + 1;
const LINE_ADVANCE: usize = GLYPH_HEIGHT + 2;

const DARK: u8 = 0;
const LIGHT: u8 = 255;

// Level M (15 % of the code may be damaged) holds 2331 bytes at the largest
// version, so every allowed URL fits; the test `longest_allowed_url_fits` proves it.
const ERROR_CORRECTION: EcLevel = EcLevel::M;
const _: () = assert!(MAX_URL_LEN <= 2331);

/// The QR code of `url` as SVG: black modules on white, a quiet zone of
/// [`QUIET_ZONE`] modules, one module per user unit in the `viewBox` (so it scales
/// to any size and DPI without blurring), `crispEdges` so scaled edges stay sharp,
/// and no script, text or external reference. The window sizes it with CSS.
pub fn svg(url: &AllowedUrl) -> String {
    let modules = Modules::of(url);
    let side = modules.side_with_quiet_zone();
    let mut path = String::new();
    for run in modules.dark_runs() {
        // Writing to a String cannot fail.
        let _ = write!(
            path,
            "M{x} {y}h{len}v1h-{len}z",
            x = run.x,
            y = run.y,
            len = run.len
        );
    }
    format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" "#,
            r#"shape-rendering="crispEdges">"#,
            r##"<rect width="{side}" height="{side}" fill="#fff"/>"##,
            r##"<path fill="#000" d="{path}"/></svg>"##
        ),
        side = side,
        path = path
    )
}

/// The QR code of `url` as a PNG (8-bit grey) with `caption` under it, for
/// printing or sending to oneself. The code is [`PNG_MODULE_PX`] pixels per module
/// with its quiet zone; the caption is wrapped at [`CAPTION_LINE_CHARS`] and
/// centred; the image widens when the caption is wider than the code. If the
/// built-in font cannot draw `caption` (Japanese, for one), `url.readable()` is
/// drawn instead, so the printout always carries an address a person can type.
pub fn png(url: &AllowedUrl, caption: &str) -> Vec<u8> {
    let image = render_png_image(url, caption);
    let mut bytes = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
        .expect("encoding a small grey image into memory cannot fail");
    bytes
}

/// Whether the PNG's font can draw every character of `caption`, so the window
/// can tell which caption the printout will carry.
pub fn can_draw_caption(caption: &str) -> bool {
    !caption.trim().is_empty() && caption.chars().all(|c| glyph(c).is_some())
}

fn render_png_image(url: &AllowedUrl, caption: &str) -> GrayImage {
    let modules = Modules::of(url);
    let caption = if can_draw_caption(caption) {
        caption.trim()
    } else {
        url.readable()
    };
    let lines = wrap(caption);
    let code_px = modules.side_with_quiet_zone() * PNG_MODULE_PX;
    let margin = QUIET_ZONE * PNG_MODULE_PX;
    let widest_line = lines.iter().map(|line| text_width(line)).max().unwrap_or(0);
    let width = code_px.max(widest_line + 2 * margin);
    let height = code_px + lines.len() * LINE_ADVANCE * CAPTION_SCALE + margin;
    let mut image = GrayImage::from_pixel(to_u32(width), to_u32(height), Luma([LIGHT]));

    let code_left = (width - code_px) / 2;
    for run in modules.dark_runs() {
        fill(
            &mut image,
            code_left + run.x * PNG_MODULE_PX,
            run.y * PNG_MODULE_PX,
            run.len * PNG_MODULE_PX,
            PNG_MODULE_PX,
        );
    }
    for (index, line) in lines.iter().enumerate() {
        let left = (width - text_width(line)) / 2;
        let top = code_px + index * LINE_ADVANCE * CAPTION_SCALE;
        draw_text(&mut image, line, left, top);
    }
    image
}

/// The QR matrix without its quiet zone.
struct Modules {
    side: usize,
    dark: Vec<bool>,
}

/// A horizontal run of dark modules, in coordinates that include the quiet zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    x: usize,
    y: usize,
    len: usize,
}

impl Modules {
    fn of(url: &AllowedUrl) -> Modules {
        let code = QrCode::with_error_correction_level(url.as_str(), ERROR_CORRECTION)
            .expect("every AllowedUrl fits a QR code at level M");
        Modules {
            side: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect(),
        }
    }

    fn side_with_quiet_zone(&self) -> usize {
        self.side + 2 * QUIET_ZONE
    }

    /// Rows as runs rather than single modules: fewer shapes, and no hairline
    /// seams between neighbouring modules when a viewer scales the SVG.
    fn dark_runs(&self) -> Vec<Run> {
        let mut runs = Vec::new();
        for (row, cells) in self.dark.chunks(self.side).enumerate() {
            let mut column = 0;
            while column < self.side {
                if !cells[column] {
                    column += 1;
                    continue;
                }
                let start = column;
                while column < self.side && cells[column] {
                    column += 1;
                }
                runs.push(Run {
                    x: start + QUIET_ZONE,
                    y: row + QUIET_ZONE,
                    len: column - start,
                });
            }
        }
        runs
    }
}

fn to_u32(pixels: usize) -> u32 {
    u32::try_from(pixels).expect("a QR image is a few thousand pixels wide at most")
}

fn fill(image: &mut GrayImage, left: usize, top: usize, width: usize, height: usize) {
    for y in top..top + height {
        for x in left..left + width {
            image.put_pixel(to_u32(x), to_u32(y), Luma([DARK]));
        }
    }
}

/// Splits the caption into lines of at most [`CAPTION_LINE_CHARS`], breaking after
/// a `/`, `?`, `&`, `=` or `.` in the second half of a line when there is one, so
/// an address wraps between its parts rather than inside a word.
fn wrap(caption: &str) -> Vec<String> {
    let mut rest: Vec<char> = caption.chars().collect();
    let mut lines = Vec::new();
    while rest.len() > CAPTION_LINE_CHARS {
        let window = &rest[..CAPTION_LINE_CHARS];
        let break_after = window
            .iter()
            .rposition(|c| "/?&=.".contains(*c))
            .filter(|&index| index >= CAPTION_LINE_CHARS / 2)
            .map_or(CAPTION_LINE_CHARS, |index| index + 1);
        lines.push(rest.drain(..break_after).collect());
    }
    lines.push(rest.into_iter().collect());
    lines
}

fn text_width(line: &str) -> usize {
    let count = line.chars().count();
    (count * GLYPH_ADVANCE).saturating_sub(1) * CAPTION_SCALE
}

fn draw_text(image: &mut GrayImage, line: &str, left: usize, top: usize) {
    for (index, c) in line.chars().enumerate() {
        let Some(rows) = glyph(c) else { continue };
        let glyph_left = left + index * GLYPH_ADVANCE * CAPTION_SCALE;
        for (row, pattern) in rows.iter().enumerate() {
            for (column, pixel) in pattern.bytes().enumerate() {
                if pixel == b'#' {
                    fill(
                        image,
                        glyph_left + column * CAPTION_SCALE,
                        top + row * CAPTION_SCALE,
                        CAPTION_SCALE,
                        CAPTION_SCALE,
                    );
                }
            }
        }
    }
}

fn glyph(c: char) -> Option<&'static [&'static str; GLYPH_HEIGHT]> {
    FONT.iter().find(|(key, _)| *key == c).map(|(_, rows)| rows)
}

/// Printable ASCII, drawn for this crate: rows 0 to 6 hold capitals and digits,
/// row 7 the descenders of g, j, p, q, y and the comma. Distinct shapes for the
/// characters people confuse when typing an address: 0 has a slash, l a flag,
/// I serifs.
#[rustfmt::skip]
const FONT: [(char, [&str; GLYPH_HEIGHT]); 95] = [
    (' ', [".....", ".....", ".....", ".....", ".....", ".....", ".....", "....."]),
    ('!', ["..#..", "..#..", "..#..", "..#..", "..#..", ".....", "..#..", "....."]),
    ('"', [".#.#.", ".#.#.", ".....", ".....", ".....", ".....", ".....", "....."]),
    ('#', [".#.#.", ".#.#.", "#####", ".#.#.", "#####", ".#.#.", ".#.#.", "....."]),
    ('$', ["..#..", ".####", "#.#..", ".###.", "..#.#", "####.", "..#..", "....."]),
    ('%', ["##...", "##..#", "...#.", "..#..", ".#...", "#..##", "...##", "....."]),
    ('&', [".##..", "#..#.", "#.#..", ".#...", "#.#.#", "#..#.", ".##.#", "....."]),
    ('\'', ["..#..", "..#..", ".....", ".....", ".....", ".....", ".....", "....."]),
    ('(', ["...#.", "..#..", ".#...", ".#...", ".#...", "..#..", "...#.", "....."]),
    (')', [".#...", "..#..", "...#.", "...#.", "...#.", "..#..", ".#...", "....."]),
    ('*', [".....", "..#..", "#.#.#", ".###.", "#.#.#", "..#..", ".....", "....."]),
    ('+', [".....", "..#..", "..#..", "#####", "..#..", "..#..", ".....", "....."]),
    (',', [".....", ".....", ".....", ".....", ".....", "..#..", "..#..", ".#..."]),
    ('-', [".....", ".....", ".....", "#####", ".....", ".....", ".....", "....."]),
    ('.', [".....", ".....", ".....", ".....", ".....", ".##..", ".##..", "....."]),
    ('/', [".....", "....#", "...#.", "..#..", ".#...", "#....", ".....", "....."]),
    ('0', [".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###.", "....."]),
    ('1', ["..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###.", "....."]),
    ('2', [".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####", "....."]),
    ('3', ["#####", "...#.", "..#..", "...#.", "....#", "#...#", ".###.", "....."]),
    ('4', ["...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#.", "....."]),
    ('5', ["#####", "#....", "####.", "....#", "....#", "#...#", ".###.", "....."]),
    ('6', ["..##.", ".#...", "#....", "####.", "#...#", "#...#", ".###.", "....."]),
    ('7', ["#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#...", "....."]),
    ('8', [".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###.", "....."]),
    ('9', [".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##..", "....."]),
    (':', [".....", ".##..", ".##..", ".....", ".##..", ".##..", ".....", "....."]),
    (';', [".....", ".##..", ".##..", ".....", ".##..", ".##..", "..#..", ".#..."]),
    ('<', ["...#.", "..#..", ".#...", "#....", ".#...", "..#..", "...#.", "....."]),
    ('=', [".....", ".....", "#####", ".....", "#####", ".....", ".....", "....."]),
    ('>', [".#...", "..#..", "...#.", "....#", "...#.", "..#..", ".#...", "....."]),
    ('?', [".###.", "#...#", "....#", "...#.", "..#..", ".....", "..#..", "....."]),
    ('@', [".###.", "#...#", "....#", ".##.#", "#.#.#", "#.#.#", ".###.", "....."]),
    ('A', [".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#", "....."]),
    ('B', ["####.", "#...#", "#...#", "####.", "#...#", "#...#", "####.", "....."]),
    ('C', [".###.", "#...#", "#....", "#....", "#....", "#...#", ".###.", "....."]),
    ('D', ["###..", "#..#.", "#...#", "#...#", "#...#", "#..#.", "###..", "....."]),
    ('E', ["#####", "#....", "#....", "####.", "#....", "#....", "#####", "....."]),
    ('F', ["#####", "#....", "#....", "####.", "#....", "#....", "#....", "....."]),
    ('G', [".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####", "....."]),
    ('H', ["#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#", "....."]),
    ('I', [".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###.", "....."]),
    ('J', ["..###", "...#.", "...#.", "...#.", "...#.", "#..#.", ".##..", "....."]),
    ('K', ["#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#", "....."]),
    ('L', ["#....", "#....", "#....", "#....", "#....", "#....", "#####", "....."]),
    ('M', ["#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#", "....."]),
    ('N', ["#...#", "#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#", "....."]),
    ('O', [".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###.", "....."]),
    ('P', ["####.", "#...#", "#...#", "####.", "#....", "#....", "#....", "....."]),
    ('Q', [".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#", "....."]),
    ('R', ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#", "....."]),
    ('S', [".####", "#....", "#....", ".###.", "....#", "....#", "####.", "....."]),
    ('T', ["#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#..", "....."]),
    ('U', ["#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###.", "....."]),
    ('V', ["#...#", "#...#", "#...#", "#...#", "#...#", ".#.#.", "..#..", "....."]),
    ('W', ["#...#", "#...#", "#...#", "#.#.#", "#.#.#", "#.#.#", ".#.#.", "....."]),
    ('X', ["#...#", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "#...#", "....."]),
    ('Y', ["#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#..", "....."]),
    ('Z', ["#####", "....#", "...#.", "..#..", ".#...", "#....", "#####", "....."]),
    ('[', [".###.", ".#...", ".#...", ".#...", ".#...", ".#...", ".###.", "....."]),
    ('\\', [".....", "#....", ".#...", "..#..", "...#.", "....#", ".....", "....."]),
    (']', [".###.", "...#.", "...#.", "...#.", "...#.", "...#.", ".###.", "....."]),
    ('^', ["..#..", ".#.#.", "#...#", ".....", ".....", ".....", ".....", "....."]),
    ('_', [".....", ".....", ".....", ".....", ".....", ".....", ".....", "#####"]),
    ('`', [".#...", "..#..", ".....", ".....", ".....", ".....", ".....", "....."]),
    ('a', [".....", ".....", ".###.", "....#", ".####", "#...#", ".####", "....."]),
    ('b', ["#....", "#....", "#.##.", "##..#", "#...#", "#...#", "####.", "....."]),
    ('c', [".....", ".....", ".###.", "#....", "#....", "#...#", ".###.", "....."]),
    ('d', ["....#", "....#", ".##.#", "#..##", "#...#", "#...#", ".####", "....."]),
    ('e', [".....", ".....", ".###.", "#...#", "#####", "#....", ".###.", "....."]),
    ('f', ["..##.", ".#..#", ".#...", "###..", ".#...", ".#...", ".#...", "....."]),
    ('g', [".....", ".....", ".####", "#...#", "#...#", ".####", "....#", ".###."]),
    ('h', ["#....", "#....", "#.##.", "##..#", "#...#", "#...#", "#...#", "....."]),
    ('i', ["..#..", ".....", ".##..", "..#..", "..#..", "..#..", ".###.", "....."]),
    ('j', ["...#.", ".....", "..##.", "...#.", "...#.", "...#.", "#..#.", ".##.."]),
    ('k', ["#....", "#....", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "....."]),
    ('l', [".##..", "..#..", "..#..", "..#..", "..#..", "..#..", ".###.", "....."]),
    ('m', [".....", ".....", "##.#.", "#.#.#", "#.#.#", "#...#", "#...#", "....."]),
    ('n', [".....", ".....", "#.##.", "##..#", "#...#", "#...#", "#...#", "....."]),
    ('o', [".....", ".....", ".###.", "#...#", "#...#", "#...#", ".###.", "....."]),
    ('p', [".....", ".....", "####.", "#...#", "#...#", "####.", "#....", "#...."]),
    ('q', [".....", ".....", ".####", "#...#", "#...#", ".####", "....#", "....#"]),
    ('r', [".....", ".....", "#.##.", "##..#", "#....", "#....", "#....", "....."]),
    ('s', [".....", ".....", ".####", "#....", ".###.", "....#", "####.", "....."]),
    ('t', [".#...", ".#...", "###..", ".#...", ".#...", ".#..#", "..##.", "....."]),
    ('u', [".....", ".....", "#...#", "#...#", "#...#", "#..##", ".##.#", "....."]),
    ('v', [".....", ".....", "#...#", "#...#", "#...#", ".#.#.", "..#..", "....."]),
    ('w', [".....", ".....", "#...#", "#...#", "#.#.#", "#.#.#", ".#.#.", "....."]),
    ('x', [".....", ".....", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "....."]),
    ('y', [".....", ".....", "#...#", "#...#", "#...#", ".####", "....#", ".###."]),
    ('z', [".....", ".....", "#####", "...#.", "..#..", ".#...", "#####", "....."]),
    ('{', ["...#.", "..#..", "..#..", ".#...", "..#..", "..#..", "...#.", "....."]),
    ('|', ["..#..", "..#..", "..#..", "..#..", "..#..", "..#..", "..#..", "....."]),
    ('}', [".#...", "..#..", "..#..", "...#.", "..#..", "..#..", ".#...", "....."]),
    ('~', [".....", ".....", ".#...", "#.#.#", "...#.", ".....", ".....", "....."]),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::link_policy::check;
    use crate::profile::Profile;

    fn allowed(url: &str) -> AllowedUrl {
        check(url, &[]).unwrap()
    }

    const SECURITY_INFO: &str = "https://aka.ms/mysecurityinfo";

    /// Every URL the assistant turns into a QR code with the built-in profile.
    fn catalogue() -> Vec<AllowedUrl> {
        let urls: Vec<AllowedUrl> = crate::links::all(&Profile::embedded_default(), Locale::En)
            .into_iter()
            .map(|link| link.url)
            .collect();
        assert_eq!(urls.len(), crate::links::CatalogueLink::ALL.len());
        urls
    }

    /// Reads the SVG's path back into a matrix (quiet zone included), so the test
    /// checks what was written, not what the writer meant to write.
    fn svg_to_matrix(svg: &str) -> (usize, Vec<bool>) {
        let side: usize = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .unwrap()
            .parse()
            .unwrap();
        let path = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let mut matrix = vec![false; side * side];
        for shape in path.split('z').filter(|s| !s.is_empty()) {
            let (x, rest) = shape.strip_prefix('M').unwrap().split_once(' ').unwrap();
            let (y, rest) = rest.split_once('h').unwrap();
            let (len, rest) = rest.split_once("v1h-").unwrap();
            assert_eq!(len, rest, "a run must close on itself: {shape}");
            let (x, y, len): (usize, usize, usize) =
                (x.parse().unwrap(), y.parse().unwrap(), len.parse().unwrap());
            for column in x..x + len {
                assert!(
                    !matrix[y * side + column],
                    "overlapping runs at {column},{y}"
                );
                matrix[y * side + column] = true;
            }
        }
        (side, matrix)
    }

    fn decode_grey(width: usize, height: usize, pixel: impl Fn(usize, usize) -> u8) -> Vec<String> {
        let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(width, height, pixel);
        prepared
            .detect_grids()
            .iter()
            .map(|grid| grid.decode().expect("a detected grid decodes").1)
            .collect()
    }

    #[test]
    fn svg_holds_exactly_the_modules_of_the_code_in_a_quiet_zone() {
        for url in catalogue() {
            let modules = Modules::of(&url);
            let (side, matrix) = svg_to_matrix(&svg(&url));
            assert_eq!(side, modules.side + 2 * QUIET_ZONE);
            for y in 0..side {
                for x in 0..side {
                    let inside = (QUIET_ZONE..QUIET_ZONE + modules.side).contains(&x)
                        && (QUIET_ZONE..QUIET_ZONE + modules.side).contains(&y);
                    let expected =
                        inside && modules.dark[(y - QUIET_ZONE) * modules.side + (x - QUIET_ZONE)];
                    assert_eq!(
                        matrix[y * side + x],
                        expected,
                        "{x},{y} of {}",
                        url.as_str()
                    );
                }
            }
            let scale = 4;
            let decoded = decode_grey(side * scale, side * scale, |x, y| {
                if matrix[(y / scale) * side + x / scale] {
                    DARK
                } else {
                    LIGHT
                }
            });
            assert_eq!(decoded, vec![url.as_str().to_owned()]);
        }
    }

    #[test]
    fn svg_is_crisp_scalable_and_self_contained() {
        let svg = svg(&allowed(SECURITY_INFO));
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "));
        assert!(svg.contains("shape-rendering=\"crispEdges\""));
        assert!(svg.contains("fill=\"#fff\"") && svg.contains("fill=\"#000\""));
        let root = &svg[..svg.find('>').unwrap()];
        assert!(
            !root.contains("width") && !root.contains("height"),
            "fixed size: {root}"
        );
        let without_namespace = svg.replace("http://www.w3.org/2000/svg", "");
        for forbidden in [
            "<script", "href", "<image", "<text", "url(", " on", "<style", "http",
        ] {
            assert!(
                !without_namespace.contains(forbidden),
                "{forbidden} in {svg}"
            );
        }
    }

    #[test]
    fn png_decodes_to_the_url_and_has_the_expected_size() {
        for url in catalogue() {
            let bytes = png(&url, url.readable());
            let image = image::load_from_memory_with_format(&bytes, ImageFormat::Png)
                .unwrap()
                .to_luma8();
            let side = Modules::of(&url).side_with_quiet_zone();
            let lines = wrap(url.readable()).len();
            let caption_px = lines * LINE_ADVANCE * CAPTION_SCALE + QUIET_ZONE * PNG_MODULE_PX;
            assert_eq!(image.height() as usize, side * PNG_MODULE_PX + caption_px);
            assert!(image.width() as usize >= side * PNG_MODULE_PX);
            let decoded = decode_grey(image.width() as usize, image.height() as usize, |x, y| {
                image.get_pixel(x as u32, y as u32).0[0]
            });
            assert_eq!(decoded, vec![url.as_str().to_owned()]);
        }
    }

    #[test]
    fn png_sizes_for_a_short_and_a_long_caption() {
        // aka.ms/mysecurityinfo is version 3: 29 modules, 37 with the quiet zone.
        let url = allowed(SECURITY_INFO);
        let image = render_png_image(&url, "aka.ms");
        assert_eq!(image.width(), 370);
        assert_eq!(image.height(), 370 + 30 + 40);
        // 40 characters: 40 * 6 - 1 = 239 columns of 3 pixels, plus 40 each side.
        let image = render_png_image(&url, &"a".repeat(41));
        assert_eq!(image.width(), 239 * 3 + 80);
        assert_eq!(image.height(), 370 + 2 * 30 + 40);
    }

    #[test]
    fn long_captions_wrap_between_the_parts_of_the_address() {
        assert_eq!(wrap("aka.ms/mysecurityinfo"), vec!["aka.ms/mysecurityinfo"]);
        assert_eq!(
            wrap("play.google.com/store/apps/details?id=com.azure.authenticator"),
            vec![
                "play.google.com/store/apps/details?id=",
                "com.azure.authenticator"
            ]
        );
        let unbroken = "a".repeat(CAPTION_LINE_CHARS * 2 + 1);
        let lines = wrap(&unbroken);
        assert_eq!(
            lines.iter().map(String::len).collect::<Vec<_>>(),
            vec![40, 40, 1]
        );
        assert_eq!(lines.concat(), unbroken);
        let early_slash = format!("a/{}", "b".repeat(CAPTION_LINE_CHARS));
        assert_eq!(wrap(&early_slash)[0].len(), CAPTION_LINE_CHARS);
    }

    #[test]
    fn an_undrawable_caption_is_replaced_by_the_readable_url() {
        let url = allowed(SECURITY_INFO);
        assert!(!can_draw_caption("セキュリティ情報"));
        assert!(!can_draw_caption("   "));
        assert!(can_draw_caption("aka.ms/mysecurityinfo"));
        assert_eq!(
            render_png_image(&url, "セキュリティ情報"),
            render_png_image(&url, url.readable())
        );
        assert_ne!(
            render_png_image(&url, "aka.ms"),
            render_png_image(&url, url.readable())
        );
    }

    #[test]
    fn caption_pixels_match_the_font() {
        let url = allowed(SECURITY_INFO);
        let image = render_png_image(&url, "a");
        let (_, rows) = FONT.iter().find(|(c, _)| *c == 'a').unwrap();
        let left = (image.width() as usize - GLYPH_WIDTH * CAPTION_SCALE) / 2;
        let top = Modules::of(&url).side_with_quiet_zone() * PNG_MODULE_PX;
        for (row, pattern) in rows.iter().enumerate() {
            for (column, pixel) in pattern.bytes().enumerate() {
                let x = left + column * CAPTION_SCALE + 1;
                let y = top + row * CAPTION_SCALE + 1;
                let expected = if pixel == b'#' { DARK } else { LIGHT };
                assert_eq!(
                    image.get_pixel(x as u32, y as u32).0[0],
                    expected,
                    "{row},{column}"
                );
            }
        }
    }

    #[test]
    fn font_covers_printable_ascii_once_with_well_formed_glyphs() {
        let chars: Vec<char> = FONT.iter().map(|(c, _)| *c).collect();
        let printable: Vec<char> = (0x20u8..=0x7e).map(char::from).collect();
        assert_eq!(chars, printable);
        for (c, rows) in FONT {
            for row in rows {
                assert!(
                    row.len() == GLYPH_WIDTH && row.bytes().all(|b| b == b'#' || b == b'.'),
                    "{c:?}"
                );
            }
            let ink = rows.iter().any(|row| row.contains('#'));
            assert_eq!(ink, c != ' ', "{c:?}");
        }
        let mut shapes: Vec<_> = FONT.iter().map(|(_, rows)| rows).collect();
        shapes.sort();
        shapes.dedup();
        assert_eq!(shapes.len(), FONT.len(), "two characters share a shape");
    }

    #[test]
    fn longest_allowed_url_fits() {
        let prefix = "https://aka.ms/";
        let longest = allowed(&format!(
            "{prefix}{}",
            "a".repeat(MAX_URL_LEN - prefix.len())
        ));
        let (side, matrix) = svg_to_matrix(&svg(&longest));
        let scale = 2;
        let decoded = decode_grey(side * scale, side * scale, |x, y| {
            if matrix[(y / scale) * side + x / scale] {
                DARK
            } else {
                LIGHT
            }
        });
        assert_eq!(decoded, vec![longest.as_str().to_owned()]);
    }
}
