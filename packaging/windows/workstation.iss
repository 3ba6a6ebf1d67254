; Inno Setup 6 script: a Windows installer around the frozen folder of `make dist`
; (PyInstaller with packaging\workstation.spec, built ON Windows: dist\workstation\ holds
; workstation.exe, workstation-cli.exe, workstation-sandbox.exe and _internal\).
;
;   py -m venv .venv
;   .venv\Scripts\python -m pip install -e .[test] pyinstaller
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\workstation.spec
;   .venv\Scripts\python packaging\smoke.py dist\workstation
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\workstation.iss
;
; -> dist\workstation-0.1.0-setup.exe. Per-user or per-machine (the installer asks); the
; program files go to {autopf}\Warehouse workstation, the data stays in the user's data
; directory (%LOCALAPPDATA%\workstation\workstation), which uninstalling leaves alone.
; Written and checked against the Inno Setup 6 documentation; NOT compiled or run here (no
; Windows machine was at hand): see packaging/README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Warehouse workstation"
#define SourceDir "..\..\dist\workstation"

[Setup]
; A fixed AppId: upgrades replace the installed version instead of installing beside it.
AppId={{6E0C2B7A-3F4D-4C1B-9A59-1D6F0E7B8C21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Warehouse workstation developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=workstation-{#AppVersion}-setup
Compression=lzma2/normal
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\workstation.exe
; The CLI's folder is put on PATH (per user or per machine, as installed): tell Explorer.
ChangesEnvironment=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "Add workstation-cli to PATH"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole folder as PyInstaller made it: the three programs share _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's libraries must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\workstation.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\workstation.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; \
  ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}')) and not IsAdminInstallMode; \
  Tasks: addtopath
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; \
  ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}')) and IsAdminInstallMode; \
  Tasks: addtopath

[Run]
Filename: "{app}\workstation.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; A sandbox marketplace the window started may still run; it goes with the program.
Filename: "{sys}\taskkill.exe"; Parameters: "/F /T /IM workstation-sandbox.exe"; Flags: runhidden; RunOnceId: "StopSandbox"

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
  RootKey: Integer;
  SubKey: string;
begin
  if IsAdminInstallMode then begin
    RootKey := HKEY_LOCAL_MACHINE;
    SubKey := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  end else begin
    RootKey := HKEY_CURRENT_USER;
    SubKey := 'Environment';
  end;
  if not RegQueryStringValue(RootKey, SubKey, 'Path', Paths) then begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
