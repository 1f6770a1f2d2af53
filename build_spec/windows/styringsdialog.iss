; Inno Setup 6 script for the Windows installer of Styringsdialog.
;
; Normally run by `python build_spec\build.py`, which passes the version and the bundle:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=C:\...\dist\styringsdialog build_spec\windows\styringsdialog.iss
; Run by hand without /D options it takes the defaults below.
; Output: dist\Styringsdialog-<version>-oppsett.exe. Steps and checks: docs/BUILDING.md.
;
; Keep this file ASCII, so its encoding (UTF-8 or the Windows code page) never matters.

; ArchitecturesAllowed=x64compatible below needs 6.3; fail with a clear message on an older compiler.
#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is required to compile this script
#endif

; Defaults for the two values build.py passes with /D (a /D define wins over these).
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
; The PyInstaller one-folder bundle. A preprocessor define, not the [Setup] SourceDir directive:
; that directive would also move the base of the relative paths below (icon, OutputDir).
#ifndef SourceDir
  #define SourceDir "..\..\dist\styringsdialog"
#endif

#define AppName "Styringsdialog"
#define AppExe "styringsdialog.exe"
#define ProgId "Styringsdialog.Database"

[Setup]
; Identifies the program to Windows and to later versions of this installer, which then
; upgrade in place. Never change it (the doubled brace is Inno's escape for a literal "{").
AppId={{4327ABF6-CD5C-4DC9-91F7-4E845818C69E}
AppName={#AppName}
AppVersion={#AppVersion}
; Settings -> Apps lists the program by name; the version has its own column there.
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}

; Per user, no administrator rights: office PCs often do not give users admin rights.
PrivilegesRequired=lowest
; {autopf} is the conventional choice (it is what Inno's own wizard writes): with
; PrivilegesRequired=lowest it resolves to the user's program folder, %LOCALAPPDATA%\Programs,
; so this is the same place as {localappdata}\Programs\Styringsdialog, found through the
; Windows known folder instead of a hard-coded path.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes

; PySide6 6.8 and the bundled Python are 64-bit and need Windows 10 1809 or newer.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763

; Relative paths in [Setup] are relative to this script's folder.
SetupIconFile=..\..\resources\icons\styringsdialog.ico
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-oppsett
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Explorer is told to reload file types, so .sdb files get the icon without a new log-on.
ChangesAssociations=yes
; Show the language dialog only when the Windows display language matches neither entry.
ShowLanguageDialog=auto

[Languages]
; Chosen by the Windows display language; the first entry is the default.
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle's libraries as a whole, so no file from an older version is
; left next to the new ones. The user's data is in %APPDATA%\Styringsdialog, not here.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder bundle: the exe and _internal\ with Python, Qt and the resources.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Double-clicking a .sdb file opens it. Per user (HKCU\Software\Classes), since we have no
; admin rights; Windows merges these keys into HKEY_CLASSES_ROOT for this user.
; The extension's default value names our ProgID; OpenWithProgids also lists the program under
; "Open with" should another program have taken the extension. Uninstall removes only our values.
Root: HKCU; Subkey: "Software\Classes\.sdb"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\.sdb\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
; The ProgID is ours alone, so uninstall removes the whole key.
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Styringsdialog-database"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
; Quotes around both paths, since either may contain spaces ("" is Inno's escaped quote).
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --db ""%1"""

[Run]
; Not in a silent install, so scripted roll-outs do not start the program.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: uninstalling removes only what was installed, never the user's databases
; in %APPDATA%\Styringsdialog.
