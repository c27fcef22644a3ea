; Hooks for Tauri's per-user NSIS installer (bundle.windows.nsis.installerHooks).
;
; Tauri names the Start-menu shortcut after productName in every installer
; language. Someone who installs in Japanese should find the assistant under its
; Japanese name, so the Japanese installer renames the shortcut it just made.
; $LANGUAGE is the installer's language, chosen from the OS language because the
; language selector is off. This file is UTF-8 with a byte-order mark: NSIS reads
; it as Unicode only with one.

!define MFA_SHORTCUT_JA "多要素認証 設定アシスタント"

!macro NSIS_HOOK_POSTINSTALL
  ${If} $LANGUAGE == ${LANG_JAPANESE}
  ${AndIf} ${FileExists} "$SMPROGRAMS\${PRODUCTNAME}.lnk"
    ; An update recreates the English-named shortcut: keep one entry, not two.
    Delete "$SMPROGRAMS\${MFA_SHORTCUT_JA}.lnk"
    Rename "$SMPROGRAMS\${PRODUCTNAME}.lnk" "$SMPROGRAMS\${MFA_SHORTCUT_JA}.lnk"
  ${EndIf}
!macroend

!macro NSIS_HOOK_PREUNINSTALL
  ; Tauri's uninstaller removes the shortcut it named; this one is ours. Removed
  ; whatever language the uninstaller runs in.
  Delete "$SMPROGRAMS\${MFA_SHORTCUT_JA}.lnk"
!macroend

!macro NSIS_HOOK_POSTUNINSTALL
  ; "Delete the application data" ticked (and not an update): Tauri removes
  ; its folders named after the bundle id; the assistant keeps its settings
  ; and progress in %APPDATA%\mfa-assistant, so that goes too.
  ${If} $DeleteAppDataCheckboxState = 1
  ${AndIf} $UpdateMode <> 1
    SetShellVarContext current
    RMDir /r "$APPDATA\mfa-assistant"
  ${EndIf}
!macroend
