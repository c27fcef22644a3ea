; Test-only stand-in for NSIS 3.10's Include\Win\RestartManager.nsh, which
; Debian's NSIS 3.08 lacks (see tests/windows/README.md). It starts no
; session: the installer under test does not look for a running assistant.
!ifndef __WIN_RESTARTMANAGER__INC
!define __WIN_RESTARTMANAGER__INC

!define /ifndef ERROR_MORE_DATA 234
!define /ifndef RmRebootReasonPermissionDenied 0x1
!define /ifndef RmForceShutdown 0x1

; Leaves the session handle empty: the callers skip the check.
!macro RestartManager_StartSession session
  StrCpy ${session} ""
!macroend

!macro RestartManager_RegisterFile session file
  StrCpy $0 0
!macroend

!macro RestartManager_EndSession session
!macroend

!macro RestartManager_Shutdown session
  StrCpy $0 0
!macroend

!endif
