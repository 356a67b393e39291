; Inno Setup 6 script: Briefer's per-user Windows installer (no administrator rights needed).
; (UTF-8 with a byte-order mark, so Inno Setup reads the Vietnamese text as Unicode.)
;
;   iscc /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 packaging\windows\briefer.iss
;
; Input: the one-folder bundle packaging\dist\Briefer (PyInstaller, packaging\briefer.spec)
; and the icon the spec rendered (packaging\build\briefer\icons\briefer.ico).
; Output: packaging\dist\Briefer-<version>-windows-x64-setup.exe
;
; Installs into %LOCALAPPDATA%\Programs\Briefer. The user's store, backups and settings live
; elsewhere (%LOCALAPPDATA%\Briefer, see briefer/paths.py), so uninstalling or upgrading never
; touches a brief or a fact.
;
; Languages: English, plus Vietnamese when Vietnamese.isl sits beside this script. Inno Setup
; ships no official Vietnamese; the release workflow fetches the unofficial translation
; (Files/Languages/Unofficial/Vietnamese.isl, Inno Setup 6.5+) from the jrsoftware/issrc
; repository. Without it the installer is English only.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=0.1.0 briefer.iss
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\Briefer"
#endif
#ifndef IconFile
  #define IconFile "..\build\briefer\icons\briefer.ico"
#endif
#define AppName "Briefer"
#define AppExe "briefer.exe"

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{6F0B9C52-8E1D-4C1B-9B63-3C1E2A7D5B10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Briefer team
AppComments=Citation-linked briefing notes for official visits
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoDescription={#AppName} setup
; Per-user install: no UAC prompt, no admin rights.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running Briefer before replacing its files (it saves the open brief on quit).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vi"; MessagesFile: "{#AddBackslash(SourcePath)}Vietnamese.isl"
#endif

[CustomMessages]
en.AppComment=Citation-linked briefing notes for official visits
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
vi.AppComment=Tài liệu phục vụ chuyến thăm, có trích dẫn nguồn
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of an older version may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
