<#
.SYNOPSIS
  Deploys the organisation profile of the MFA Setup Assistant to every user of
  this PC: %ProgramData%\mfa-assistant\profile.toml, in a folder that only
  Administrators and SYSTEM can change.

.DESCRIPTION
  Run as an administrator (or from a deployment tool running as SYSTEM), after
  the assistant is installed. The profile is checked with the installed
  assistant first; a profile with errors is not deployed. The folder is taken
  over, also if a user created it first (any user may create folders in
  %ProgramData%): Administrators become its owner, its access list is replaced
  by a fresh, protected one (Administrators and SYSTEM full control, Users read
  only), and anything in it but the profile is removed. The assistant refuses a
  profile whose file or folder another account owns or may change.
  Well-known SIDs are used, so the script works on Windows in any language.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File Deploy-MfaProfile.ps1 -ProfilePath \\server\share\profile.toml
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string] $ProfilePath,

    # Where the assistant is installed: the per-machine MSI's folder by default.
    [string] $Assistant = (Join-Path $env:ProgramFiles 'MFA Setup Assistant\mfa-assistant.exe')
)

$ErrorActionPreference = 'Stop'

$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw 'Run this script as an administrator.'
}
if (-not (Test-Path -LiteralPath $ProfilePath -PathType Leaf)) {
    throw "No profile file at $ProfilePath"
}

if (Test-Path -LiteralPath $Assistant -PathType Leaf) {
    # The console output of a GUI-subsystem program is read through a pipe.
    $report = & $Assistant --check-profile $ProfilePath 2>&1 | Out-String
    Write-Host $report
    if ($LASTEXITCODE -ne 0) {
        throw "The profile has errors (see above); nothing was deployed."
    }
} else {
    Write-Warning "The assistant is not installed at $Assistant; deploying without checking the profile."
}

$folder = Join-Path $env:ProgramData 'mfa-assistant'
New-Item -ItemType Directory -Force -Path $folder | Out-Null

# S-1-5-32-544 Administrators, S-1-5-18 SYSTEM, S-1-5-32-545 Users.
$administrators = New-Object Security.Principal.SecurityIdentifier('S-1-5-32-544')
$acl = New-Object Security.AccessControl.DirectorySecurity
$acl.SetOwner($administrators)
# Protected: nothing inherited, and no entry of whoever created the folder.
$acl.SetAccessRuleProtection($true, $false)
foreach ($grant in @(@('S-1-5-32-544', 'FullControl'), @('S-1-5-18', 'FullControl'), @('S-1-5-32-545', 'ReadAndExecute'))) {
    $sid = New-Object Security.Principal.SecurityIdentifier($grant[0])
    $rule = New-Object Security.AccessControl.FileSystemAccessRule($sid, $grant[1], 'ContainerInherit,ObjectInherit', 'None', 'Allow')
    $acl.AddAccessRule($rule)
}
Set-Acl -LiteralPath $folder -AclObject $acl

# Whatever else is in the folder was not put there by this script.
Get-ChildItem -LiteralPath $folder -Force | Where-Object { $_.Name -ne 'profile.toml' } | Remove-Item -Recurse -Force

# Copy next to the target and rename, so a running assistant never reads half a file.
$target = Join-Path $folder 'profile.toml'
$partial = "$target.partial"
Copy-Item -LiteralPath $ProfilePath -Destination $partial -Force
Move-Item -LiteralPath $partial -Destination $target -Force
# The file takes the folder's access list, and Administrators own it.
& icacls.exe $target /reset | Out-Null
& icacls.exe $target /setowner '*S-1-5-32-544' | Out-Null
if ($LASTEXITCODE -ne 0) { throw "icacls could not make Administrators the owner of $target" }

Write-Host "Deployed $target (Administrators and SYSTEM may change it; Users may read it)."
