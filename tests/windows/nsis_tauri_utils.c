/* Test-only stand-in for Tauri's NSIS plugin nsis_tauri_utils (see README.md).
   Built 32-bit, Unicode, against Debian's nsis-pluginapi. */
#ifndef UNICODE
#define UNICODE
#endif
#define _UNICODE
#include <windows.h>
#include <shellapi.h>
#include <nsis/pluginapi.h>

#define SIZE 4096

/* Reads "1.2.3-pre+build" into three numbers and the pre-release part. */
static void parse(const WCHAR *text, long part[3], const WCHAR **pre)
{
    int i;
    for (i = 0; i < 3; i++)
        part[i] = 0;
    *pre = L"";
    for (i = 0; i < 3 && *text; i++) {
        while (*text >= L'0' && *text <= L'9') {
            part[i] = part[i] * 10 + (*text - L'0');
            text++;
        }
        if (*text == L'.')
            text++;
        else
            break;
    }
    if (*text == L'-')
        *pre = text + 1;
}

/* 1 if a is newer than b, -1 if older, 0 if the same; an empty b is older. */
static int compare(const WCHAR *a, const WCHAR *b)
{
    long pa[3], pb[3];
    const WCHAR *prea, *preb;
    int i, c;
    if (!*b)
        return 1;
    parse(a, pa, &prea);
    parse(b, pb, &preb);
    for (i = 0; i < 3; i++) {
        if (pa[i] != pb[i])
            return pa[i] > pb[i] ? 1 : -1;
    }
    if (!*prea && !*preb)
        return 0;
    if (!*prea)
        return 1;
    if (!*preb)
        return -1;
    c = lstrcmpW(prea, preb);
    return c > 0 ? 1 : (c < 0 ? -1 : 0);
}

void __declspec(dllexport) SemverCompare(HWND parent, int string_size, WCHAR *variables,
                                         stack_t **stacktop, extra_parameters *extra)
{
    static WCHAR a[SIZE], b[SIZE];
    EXDLL_INIT();
    popstringn(a, SIZE);
    popstringn(b, SIZE);
    pushint(compare(a, b));
}

void __declspec(dllexport) StrReplace(HWND parent, int string_size, WCHAR *variables,
                                      stack_t **stacktop, extra_parameters *extra)
{
    static WCHAR text[SIZE], from[SIZE], to[SIZE], out[SIZE * 2];
    WCHAR *o = out, *t;
    int n;
    EXDLL_INIT();
    popstringn(text, SIZE);
    popstringn(from, SIZE);
    popstringn(to, SIZE);
    n = lstrlenW(from);
    for (t = text; *t && o < out + SIZE * 2 - SIZE;) {
        if (n && wcsncmp(t, from, n) == 0) {
            lstrcpyW(o, to);
            o += lstrlenW(to);
            t += n;
        } else {
            *o++ = *t++;
        }
    }
    *o = 0;
    pushstring(out);
}

void __declspec(dllexport) RunAsUser(HWND parent, int string_size, WCHAR *variables,
                                     stack_t **stacktop, extra_parameters *extra)
{
    static WCHAR program[SIZE], arguments[SIZE];
    EXDLL_INIT();
    popstringn(program, SIZE);
    popstringn(arguments, SIZE);
    ShellExecuteW(parent, L"open", program, arguments, NULL, SW_SHOWNORMAL);
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    return TRUE;
}
