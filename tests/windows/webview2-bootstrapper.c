/* Test-only stand-in for Microsoft's WebView2 bootstrapper (see README.md):
   records how it was run in %LOCALAPPDATA%\webview2-bootstrapper-ran.txt. */
#ifndef UNICODE
#define UNICODE
#endif
#include <windows.h>
#include <stdio.h>

int wmain(int argc, wchar_t **argv)
{
    wchar_t path[MAX_PATH];
    FILE *file;
    int i;
    if (!GetEnvironmentVariableW(L"LOCALAPPDATA", path, MAX_PATH))
        return 1;
    lstrcatW(path, L"\\webview2-bootstrapper-ran.txt");
    file = _wfopen(path, L"w");
    if (!file)
        return 1;
    for (i = 1; i < argc; i++)
        fwprintf(file, L"%ls\n", argv[i]);
    fclose(file);
    return 0;
}
