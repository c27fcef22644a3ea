fn main() {
    println!("cargo:rerun-if-changed=ui");
    let commands = tauri_build::AppManifest::new().commands(&["ready"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(commands))
        .expect("tauri build step");
}
