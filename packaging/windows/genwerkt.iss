; Inno Setup 6 script: installs the PyInstaller one-folder build (dist\genwerkt) for the
; current user only, without administrator rights.
;
; Build (after `pyinstaller packaging\genwerkt.spec`), from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\genwerkt.iss
; optional: /DDistDir=<folder with genwerkt.exe> /DOutputDir=<folder> /DIconFile=<.ico>
; .github/workflows/build.yml does this on windows-latest.  Not run on the development
; machine (Linux): written from Inno Setup's documentation.
;
; The coach's data is NOT in the installation folder: genwerkt keeps the encrypted store,
; its backups and its log in platformdirs' user_data_dir, %LOCALAPPDATA%\genwerkt (and its
; settings in HKCU\Software\genwerkt).  The uninstaller removes only what this script
; installed; there is deliberately no [UninstallDelete] and no [Registry] entry, so an
; uninstall or an upgrade never touches the dossiers.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\genwerkt.iss
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\genwerkt"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "genwerkt"
#define AppExe "genwerkt-desktop.exe"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6D95CA25-EAB2-4005-BCE3-78AB1211B83F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=genwerkt
AppComments=Encrypted case notebook for job coaches, works offline
; Per user, no UAC prompt: with PrivilegesRequired=lowest Setup always runs in non
; administrative install mode, and {autopf} is then {userpf}, i.e.
; %LOCALAPPDATA%\Programs\genwerkt; the Start-menu entry goes to the user's own menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DefaultGroupName={#AppName}
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
; The licence page.  The project is under the EUPL-1.2; licence.txt says so, names the
; official text's address and the bundled components' licences (it does not reproduce
; the EUPL itself).
LicenseFile=licence.txt
; The frozen app is 64-bit (the CI's Python is x64).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir={#OutputDir}
OutputBaseFilename=genwerkt-{#AppVersion}-windows-x64-setup
; A running genwerkt is asked to close (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: genwerkt-desktop.exe, genwerkt.exe and _internal\.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade starts from a clean program folder, so no library of the previous version
; lingers in _internal.  This is the program folder only, never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Encrypted case notebook"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
