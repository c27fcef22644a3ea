//! What the seam tests that read the source share: the part of a file that
//! is not its test module.

/// The code before the test module (`#[cfg(test)]` then `mod`), which comes
/// last in every file. Other `#[cfg(test)]` items (a helper, a constant) may
/// stand earlier, and what follows them is read.
pub fn without_tests(code: &str) -> &str {
    let mut from = 0;
    while let Some(at) = code[from..].find("#[cfg(test)]") {
        let at = from + at;
        let next = code[at + "#[cfg(test)]".len()..].trim_start();
        let next = next.strip_prefix("pub(crate) ").unwrap_or(next);
        if next
            .strip_prefix("pub ")
            .unwrap_or(next)
            .starts_with("mod ")
        {
            return &code[..at];
        }
        from = at + 1;
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_test_module_is_left_out() {
        let code = "fn a() {}\n#[cfg(test)]\nconst IDS: &[&str] = &[];\nfn b() { texts.get(l, \"x\"); }\n#[cfg(test)]\nmod tests {\n    fn c() { texts.get(l, \"y\"); }\n}\n";
        let kept = without_tests(code);
        assert!(kept.contains("fn b()") && !kept.contains("fn c()"));
    }
}
