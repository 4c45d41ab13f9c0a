; Inno Setup 6 script: the per-user installer of Exchange Desktop.
;
;   iscc packaging\installer.iss
;
; after `pyinstaller packaging\exchange_desktop.spec` has built dist\ExchangeDesktop\.
; Writes dist\installer\ExchangeDesktop-Setup-<version>.exe.
;
; - Per user, no administrator rights: installs under %LOCALAPPDATA%\Programs\Exchange Desktop
;   ({autopf} with PrivilegesRequired=lowest), Start-menu entry, optional desktop icon.
; - The version is not written here: it is read from the ProductVersion of the built
;   ExchangeDesktop.exe, which the spec takes from exchange_desktop/__init__.py __version__.
;   `iscc /DAppVersion=1.2.3 ...` overrides it.
; - The user's data is NOT part of the installation: the database, its backups, the log and
;   the settings live in %APPDATA%\ExchangeDesktop, which the program creates at first start.
;   The uninstaller removes only the program folder and leaves %APPDATA%\ExchangeDesktop in
;   place, so uninstalling or upgrading never loses a practice or a roster.  That is why there
;   is no [UninstallDelete] section; do not add one for {userappdata}.
; - Optional signing: `iscc /DSign "/Ssigntool=signtool sign /fd SHA256 ... $f" ...`
;   (packaging/README.md) signs the installer and the uninstaller.

#define AppName "Exchange Desktop"
#define AppExeName "ExchangeDesktop.exe"
#define BundleDir "..\dist\ExchangeDesktop"
#define AppExe AddBackslash(SourcePath) + BundleDir + "\" + AppExeName
#if !FileExists(AppExe)
  #error Build the bundle first (packaging\README.md): dist\ExchangeDesktop\ExchangeDesktop.exe is missing.
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AppExe, "ProductVersion")
#endif
; Windows' numeric file version (0.1.0.0), also read from the built executable.
#define NumericVersion GetVersionNumbersString(AppExe)

[Setup]
; The AppId identifies the program for upgrades and uninstalling: never change it.
AppId={{43A329D4-302A-4870-9AE5-A99E386B70D9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Exchange Desktop developers
VersionInfoVersion={#NumericVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\dist\installer
OutputBaseFilename=ExchangeDesktop-Setup-{#AppVersion}
SetupIconFile=..\resources\icons\exchange-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Qt 6 runs on 64-bit Windows 10 and later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; An open Exchange Desktop is closed (after asking) before its files are replaced.
CloseApplications=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: both executables, _internal\ (Python, Qt, resources) and data\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade starts from a clean program folder, so no file of an older version lingers in
; _internal.  Only the program folder: the user's data is elsewhere (see the top).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
