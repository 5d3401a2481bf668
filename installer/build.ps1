# Builds the Windows installer (.msi) for Child Maintenance Log. The PowerShell twin of build.sh; keep the two
# in step. Not run on the Linux build machine: check it on Windows before relying on it.
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1               mvn package, then the .msi
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 -Type app-image   (or exe)
#   ... -SkipMaven    package what target\ already holds (the -Pinstaller Maven profile uses this)
#   ... -SkipTests    run mvn package with -DskipTests
#
# Needs: a JDK 17+ (JAVA_HOME or jpackage on PATH), Maven, and WiX Toolset 3 on PATH for .msi/.exe.
# Output: target\installer\out\Child Maintenance Log-<version>.msi
param(
    [string[]]$Type = @('msi'),
    [switch]$SkipMaven,
    [switch]$SkipTests
)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
Set-Location $root

function Find-JdkTool([string]$name) {
    if ($env:JAVA_HOME -and (Test-Path "$env:JAVA_HOME\bin\$name.exe")) { return "$env:JAVA_HOME\bin\$name.exe" }
    $cmd = Get-Command $name -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    throw "$name not found: install a JDK 17 or newer and set JAVA_HOME."
}
$jpackage = Find-JdkTool 'jpackage'

if (-not $SkipMaven) {
    $mvnArgs = @('-B', '-q', 'package')
    if ($SkipTests) { $mvnArgs += '-DskipTests' }
    & mvn @mvnArgs
    if ($LASTEXITCODE -ne 0) { throw "mvn package failed." }
}
if (-not (Test-Path 'target\child-maintenance-log.jar') -or -not (Test-Path 'target\lib')) {
    throw "target\ has no app jar or lib\: run mvn package first."
}

# Stage: app jar and plain jars into the app (class path); JavaFX platform jars (javafx-*-<version>-win.jar)
# onto --module-path so jlink links them into the runtime; the empty javafx-*-<version>.jar stubs are left out.
$work = 'target\installer'
Remove-Item -Recurse -Force "$work\input", "$work\javafx" -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$work\input\lib", "$work\javafx", "$work\out" | Out-Null
Copy-Item 'target\child-maintenance-log.jar' "$work\input\"
foreach ($jar in Get-ChildItem 'target\lib\*.jar') {
    if ($jar.Name -match '^javafx-.*-\d[^-]*-.+\.jar$') { Copy-Item $jar.FullName "$work\javafx\" }
    elseif ($jar.Name -notlike 'javafx-*') { Copy-Item $jar.FullName "$work\input\lib\" }
}
if (-not (Get-ChildItem "$work\javafx\javafx-graphics-*.jar" -ErrorAction SilentlyContinue)) {
    throw "no JavaFX platform jars in target\lib."
}

$version = (Get-Content 'target\maven-archiver\pom.properties' | Where-Object { $_ -like 'version=*' }) -replace '^version=', ''
if (-not $version) { throw "no version in target\maven-archiver\pom.properties." }
$modules = (Get-Content 'installer\modules.txt' | Where-Object { $_ -notmatch '^\s*(#|$)' } | ForEach-Object { $_.Trim() }) -join ','

foreach ($t in $Type) {
    $jpArgs = @('@installer/common.args', '@installer/image.args', '@installer/windows/app.args')
    if ($t -eq 'app-image') {
        Remove-Item -Recurse -Force "$work\out\Child Maintenance Log" -ErrorAction SilentlyContinue
    } else {
        $jpArgs += @('--license-file', 'src/main/resources/uk/cml/ui/about/LICENSE.txt', '@installer/windows/package.args')
    }
    Write-Host "Building $t $version ..."
    & $jpackage @jpArgs --type $t --app-version $version --input "$work\input" --module-path "$work\javafx" `
        --add-modules $modules --dest "$work\out"
    if ($LASTEXITCODE -ne 0) { throw "jpackage failed for $t." }
}
Write-Host "Done. Output in $root\$work\out:"
Get-ChildItem "$work\out"
