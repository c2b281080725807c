<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BundleScope::AboutDialog</name>
    <message>
        <source>About BundleScope</source>
        <translation>Über BundleScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BundleScope %1&lt;/h3&gt;&lt;p&gt;Explore PyInstaller bundles: what takes the space and what can go.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;KArchive %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BundleScope %1&lt;/h3&gt;&lt;p&gt;PyInstaller-Bundles erkunden: was den Platz belegt und was weg kann.&lt;/p&gt;&lt;p&gt;Qt %2 (gebaut mit %3)&lt;br&gt;KArchive %4&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>BundleScope::AnalysisRunner</name>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analyse abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveExporter</name>
    <message>
        <source>No destination file was given.</source>
        <translation>Keine Zieldatei angegeben.</translation>
    </message>
    <message>
        <source>The destination is a folder; give a file name.</source>
        <translation>Das Ziel ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>The destination folder does not exist.</source>
        <translation>Der Zielordner existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write the archive to disk: %1</source>
        <translation>Das Archiv konnte nicht auf den Datenträger geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 appeared while the archive was written; nothing was replaced.</source>
        <translation>%1 ist während des Schreibens des Archivs entstanden; nichts wurde ersetzt.</translation>
    </message>
    <message>
        <source>Could not give the archive its final name: %1</source>
        <translation>Das Archiv konnte nicht seinen endgültigen Namen erhalten: %1</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation>In %1 kann keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Estimated %1, actual %2 (error %3)</source>
        <translation>Geschätzt %1, tatsächlich %2 (Abweichung %3)</translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveFormats</name>
    <message>
        <source>tar.gz (gzip)</source>
        <translation>tar.gz (gzip)</translation>
    </message>
    <message>
        <source>zip (deflate)</source>
        <translation>zip (deflate)</translation>
    </message>
    <message>
        <source>tar.xz (xz)</source>
        <translation>tar.xz (xz)</translation>
    </message>
    <message>
        <source>tar.zst (zstd)</source>
        <translation>tar.zst (zstd)</translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveLimits</name>
    <message>
        <source>%1 is %2: KTar cannot store files of 8 GiB or more. Leave it out of the archive or ship it separately.</source>
        <translation>%1 ist %2: KTar kann keine Dateien ab 8 GiB speichern. Lassen Sie sie im Archiv weg oder liefern Sie sie separat aus.</translation>
    </message>
    <message>
        <source>KArchive %1 writes no Zip64; export as tar.gz instead.</source>
        <translation>KArchive %1 schreibt kein Zip64; exportieren Sie stattdessen als tar.gz.</translation>
    </message>
    <message>
        <source>The archive would hold %1 entries, more than zip without Zip64 can count (65,535). %2</source>
        <translation>Das Archiv hätte %1 Einträge, mehr als zip ohne Zip64 zählen kann (65.535). %2</translation>
    </message>
    <message>
        <source>%1 is %2, 4 GiB or more: zip needs Zip64 for it. %3</source>
        <translation>%1 ist %2, 4 GiB oder mehr: zip braucht dafür Zip64. %3</translation>
    </message>
    <message>
        <source>The zip could reach %1, past the 4 GiB offsets zip without Zip64 can address. %2</source>
        <translation>Das zip könnte %1 erreichen, jenseits der 4-GiB-Offsets, die zip ohne Zip64 adressieren kann. %2</translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchivePlan</name>
    <message>
        <source>The bundle is empty.</source>
        <translation>Das Bundle ist leer.</translation>
    </message>
    <message>
        <source>Compression level %1 is outside 0-9.</source>
        <translation>Kompressionsstufe %1 liegt außerhalb von 0-9.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the archive&apos;s top-level folder.</source>
        <translation>„%1“ kann nicht der oberste Ordner des Archivs sein.</translation>
    </message>
    <message>
        <source>Nothing to leave out at %1: no such path in the bundle.</source>
        <translation>Bei %1 gibt es nichts wegzulassen: kein solcher Pfad im Bundle.</translation>
    </message>
    <message>
        <source>Skipped symlink %1: its target %2 is outside the bundle.</source>
        <translation>Symlink %1 übersprungen: sein Ziel %2 liegt außerhalb des Bundles.</translation>
    </message>
    <message>
        <source>Skipped %1: not a regular file, folder or symlink.</source>
        <translation>%1 übersprungen: weder reguläre Datei noch Ordner noch Symlink.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot leave out %n item(s) inside %1: it is one file on disk and is archived whole.</source>
        <translation>
            <numerusform>%n Element in %1 kann nicht weggelassen werden: auf dem Datenträger ist das eine einzige Datei, die als Ganzes archiviert wird.</numerusform>
            <numerusform>%n Elemente in %1 können nicht weggelassen werden: auf dem Datenträger ist das eine einzige Datei, die als Ganzes archiviert wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveSource</name>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>Das Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Scan cancelled</source>
        <translation>Scan abgebrochen</translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveVerifier</name>
    <message>
        <source>%1 is %2 bytes in the archive, %3 were written.</source>
        <translation>%1 hat im Archiv %2 Bytes, geschrieben wurden %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read back.</source>
        <translation>%1 kann nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>%1 reads back differently from what was written (checksum mismatch).</source>
        <translation>%1 liest sich anders zurück als geschrieben (Prüfsumme weicht ab).</translation>
    </message>
    <message>
        <source>Symlink %1 is not what was written.</source>
        <translation>Symlink %1 entspricht nicht dem Geschriebenen.</translation>
    </message>
    <message>
        <source>%1 is in the archive but was never written.</source>
        <translation>%1 ist im Archiv, wurde aber nie geschrieben.</translation>
    </message>
    <message>
        <source>The archive cannot be read back: %1</source>
        <translation>Das Archiv kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Überprüfung abgebrochen.</translation>
    </message>
    <message>
        <source>The archive holds %1 files, %2 symlinks and %3 folders; %4, %5 and %6 were written.</source>
        <translation>Das Archiv enthält %1 Dateien, %2 Symlinks und %3 Ordner; geschrieben wurden %4, %5 und %6.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveWriter</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This KArchive was built without %1 support.</source>
        <translation>Dieses KArchive wurde ohne Unterstützung für %1 gebaut.</translation>
    </message>
    <message>
        <source>Could not start compression: %1</source>
        <translation>Kompression konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Could not start the tar stream</source>
        <translation>Der tar-Stream konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not finish the tar stream: %1</source>
        <translation>Der tar-Stream konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Could not finish the compressed stream: %1</source>
        <translation>Der komprimierte Stream konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Could not start the zip archive</source>
        <translation>Das zip-Archiv konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not write the zip central directory</source>
        <translation>Das zentrale Verzeichnis des zip konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not reopen the zip: %1</source>
        <translation>Das zip konnte nicht erneut geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not add folder %1</source>
        <translation>Ordner %1 konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not add symlink %1</source>
        <translation>Symlink %1 konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not add %1</source>
        <translation>%1 konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1 ended after %2 of %3 bytes: it changed or became unreadable during the export.</source>
        <translation>%1 endete nach %2 von %3 Bytes: die Datei hat sich während des Exports geändert oder wurde unlesbar.</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not finish %1</source>
        <translation>%1 konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes the scan found: it changed during the export.</source>
        <translation>%1 ist größer als die %2 Bytes, die der Scan gefunden hat: die Datei hat sich während des Exports geändert.</translation>
    </message>
</context>
<context>
    <name>BundleScope::BinaryView</name>
    <message>
        <source>%1 (%2 bytes at offset %3) lies past the end of the file (%4 bytes)</source>
        <translation>%1 (%2 Bytes ab Offset %3) liegt hinter dem Dateiende (%4 Bytes)</translation>
    </message>
    <message>
        <source>%1 is implausibly large (%2 bytes)</source>
        <translation>%1 ist unplausibel groß (%2 Bytes)</translation>
    </message>
    <message>
        <source>Cannot seek to %1: %2</source>
        <translation>Positionierung auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 starts past the end of the file</source>
        <translation>%1 beginnt hinter dem Dateiende</translation>
    </message>
</context>
<context>
    <name>BundleScope::BreadcrumbBar</name>
    <message>
        <source>Treemap location</source>
        <translation>Position in der Treemap</translation>
    </message>
    <message>
        <source>Show %1 in the treemap</source>
        <translation>%1 in der Treemap zeigen</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::BreakdownView</name>
    <message>
        <source>Size by category</source>
        <translation>Größe nach Kategorie</translation>
    </message>
    <message>
        <source>Largest packages</source>
        <translation>Größte Pakete</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>shared:</source>
        <translation>gemeinsam genutzt:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Native libraries that %1 all need and none of them owns: excluding one of these packages does not remove them.</source>
        <translation>Native Bibliotheken, die %1 alle brauchen und die keinem von ihnen gehören: das Ausschließen eines dieser Pakete entfernt sie nicht.</translation>
    </message>
    <message>
        <source>Excluding it saves %1</source>
        <translation>Ausschließen spart %1</translation>
    </message>
    <message>
        <source>%1 of its native libraries stay: %2 also need them.</source>
        <translation>%1 seiner nativen Bibliotheken bleiben: %2 brauchen sie ebenfalls.</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>Size (%1)</source>
        <translation>Größe (%1)</translation>
    </message>
</context>
<context>
    <name>BundleScope::BudgetRules</name>
    <message>
        <source>The rules file does not exist.</source>
        <translation>Die Regeldatei existiert nicht.</translation>
    </message>
    <message>
        <source>The rules file is not a valid INI file.</source>
        <translation>Die Regeldatei ist keine gültige INI-Datei.</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;; known rules: %2.</source>
        <translation>Unbekannte Regel „%1“; bekannte Regeln: %2.</translation>
    </message>
    <message>
        <source>Rule %1 needs a size such as 1.5GiB, not &quot;%2&quot;.</source>
        <translation>Regel %1 braucht eine Größe wie 1.5GiB, nicht „%2“.</translation>
    </message>
    <message>
        <source>The rules file sets no rule.</source>
        <translation>Die Regeldatei setzt keine Regel.</translation>
    </message>
    <message>
        <source>none present</source>
        <translation>keine vorhanden</translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleComparison</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>grown</source>
        <translation>gewachsen</translation>
    </message>
    <message>
        <source>shrunk</source>
        <translation>geschrumpft</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleLoader</name>
    <message>
        <source>Cannot create a folder for the demo bundle: %1</source>
        <translation>Für das Demo-Bundle kann kein Ordner angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleReport</name>
    <message>
        <source>Symlinks and special files</source>
        <translation>Symlinks und Spezialdateien</translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleTreeModel</name>
    <message>
        <source>%1
%2 (%3 bytes)</source>
        <translation>%1
%2 (%3 Bytes)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>% of parent</source>
        <translation>% im Ordner</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <source>Est. tar.gz</source>
        <translation>Gesch. tar.gz</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>expandable</source>
        <translation>aufklappbar</translation>
    </message>
    <message>
        <source>compressed</source>
        <translation>komprimiert</translation>
    </message>
    <message>
        <source>executable</source>
        <translation>ausführbar</translation>
    </message>
    <message>
        <source>hard link</source>
        <translation>Hardlink</translation>
    </message>
    <message>
        <source>unsafe name</source>
        <translation>unsicherer Name</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>A launcher with an embedded PyInstaller archive: expand it to see what the archive holds.</source>
        <translation>Ein Starter mit eingebettetem PyInstaller-Archiv: klappen Sie ihn auf, um zu sehen, was das Archiv enthält.</translation>
    </message>
    <message>
        <source>A file with contents of its own: expand it to see them.</source>
        <translation>Eine Datei mit eigenem Inhalt: klappen Sie sie auf, um ihn zu sehen.</translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleView</name>
    <message>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>%1 — %2, %3% of the bundle</source>
        <translation>%1 — %2, %3% des Bundles</translation>
    </message>
</context>
<context>
    <name>BundleScope::CArchiveMembers</name>
    <message>
        <source>Scan cancelled</source>
        <translation>Scan abgebrochen</translation>
    </message>
</context>
<context>
    <name>BundleScope::CArchiveReader</name>
    <message>
        <source>File too small to hold a PyInstaller archive</source>
        <translation>Datei zu klein für ein PyInstaller-Archiv</translation>
    </message>
    <message>
        <source>No PyInstaller archive found in this file</source>
        <translation>Kein PyInstaller-Archiv in dieser Datei gefunden</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>PyInstaller cookie truncated</source>
        <translation>PyInstaller-Cookie abgeschnitten</translation>
    </message>
    <message>
        <source>PyInstaller archive length %1 is impossible</source>
        <translation>PyInstaller-Archivlänge %1 ist unmöglich</translation>
    </message>
    <message>
        <source>PyInstaller table of contents lies outside the archive</source>
        <translation>PyInstaller-Inhaltsverzeichnis liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <source>Implausible Python version %1 in the archive</source>
        <translation>Unplausible Python-Version %1 im Archiv</translation>
    </message>
    <message>
        <source>PyInstaller table of contents truncated</source>
        <translation>PyInstaller-Inhaltsverzeichnis abgeschnitten</translation>
    </message>
    <message>
        <source>Truncated entry in the table of contents</source>
        <translation>Abgeschnittener Eintrag im Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>Entry length %1 in the table of contents is invalid</source>
        <translation>Eintragslänge %1 im Inhaltsverzeichnis ist ungültig</translation>
    </message>
    <message>
        <source>Unterminated name in the table of contents</source>
        <translation>Nicht abgeschlossener Name im Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>Entry %1 lies outside the archive</source>
        <translation>Eintrag %1 liegt außerhalb des Archivs</translation>
    </message>
    <message>
        <source>Stored entry %1 has inconsistent lengths</source>
        <translation>Gespeicherter Eintrag %1 hat widersprüchliche Längen</translation>
    </message>
    <message>
        <source>Entry exceeds %1 bytes</source>
        <translation>Eintrag überschreitet %1 Bytes</translation>
    </message>
    <message>
        <source>Entry %1 is truncated</source>
        <translation>Eintrag %1 ist abgeschnitten</translation>
    </message>
</context>
<context>
    <name>BundleScope::CArchiveRewriter</name>
    <message>
        <source>Only 64-bit little-endian ELF launchers with data after the archive can be rewritten.</source>
        <translation>Nur 64-Bit-Little-Endian-ELF-Starter mit Daten hinter dem Archiv können neu geschrieben werden.</translation>
    </message>
    <message>
        <source>ELF program headers overlap the archive.</source>
        <translation>ELF-Program-Header überlappen das Archiv.</translation>
    </message>
    <message>
        <source>A loaded ELF segment covers the archive; it cannot be rewritten.</source>
        <translation>Ein geladenes ELF-Segment überdeckt das Archiv; es kann nicht neu geschrieben werden.</translation>
    </message>
    <message>
        <source>ELF section headers overlap the archive.</source>
        <translation>ELF-Section-Header überlappen das Archiv.</translation>
    </message>
    <message>
        <source>ELF section headers lie outside the file.</source>
        <translation>ELF-Section-Header liegen außerhalb der Datei.</translation>
    </message>
    <message>
        <source>%1 is not a module of the launcher&apos;s PYZ archive.</source>
        <translation>%1 ist kein Modul des PYZ-Archivs des Starters.</translation>
    </message>
    <message>
        <source>%1/%2 is not a module of the launcher&apos;s PYZ archive.</source>
        <translation>%1/%2 ist kein Modul des PYZ-Archivs des Starters.</translation>
    </message>
    <message>
        <source>PyInstaller table of contents entry truncated</source>
        <translation>Eintrag im PyInstaller-Inhaltsverzeichnis abgeschnitten</translation>
    </message>
    <message>
        <source>The rewritten launcher does not read back.</source>
        <translation>Der neu geschriebene Starter kann nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the launcher: %1</source>
        <translation>Der Starter kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the launcher: %1</source>
        <translation>Der Starter kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::CandidateReport</name>
    <message>
        <source>Optimization candidates</source>
        <translation>Optimierungskandidaten</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No candidate saves at least %1.</source>
        <translation>Kein Kandidat spart mindestens %1.</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Potential: %1 -&gt; %2 (%3), advised candidates only, every byte counted once.</source>
        <translation>Potenzial: %1 -&gt; %2 (%3), nur empfohlene Kandidaten, jedes Byte einmal gezählt.</translation>
    </message>
</context>
<context>
    <name>BundleScope::CandidatesModel</name>
    <message>
        <source>Strip debug symbols</source>
        <translation>Debug-Symbole entfernen</translation>
    </message>
    <message>
        <source>UPX compression</source>
        <translation>UPX-Kompression</translation>
    </message>
    <message>
        <source>Exclude packages</source>
        <translation>Pakete ausschließen</translation>
    </message>
    <message>
        <source>Developer files</source>
        <translation>Entwicklerdateien</translation>
    </message>
    <message>
        <source>Duplicate files</source>
        <translation>Doppelte Dateien</translation>
    </message>
    <message>
        <source>Model precision</source>
        <translation>Modellgenauigkeit</translation>
    </message>
    <message>
        <source>Lazy-loaded models</source>
        <translation>Verzögert geladene Modelle</translation>
    </message>
    <message>
        <source>GPU stack</source>
        <translation>GPU-Stack</translation>
    </message>
    <message>
        <source>Unreferenced libraries</source>
        <translation>Nicht referenzierte Bibliotheken</translation>
    </message>
    <message>
        <source>Bundle layout</source>
        <translation>Bundle-Aufbau</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Repeated model weights</source>
        <translation>Wiederholte Modellgewichte</translation>
    </message>
</context>
<context>
    <name>BundleScope::CandidatesPanel</name>
    <message>
        <source>Minimal ML app, no GPU (300-500 MB)</source>
        <translation>Minimale ML-App, keine GPU (300-500 MB)</translation>
    </message>
    <message>
        <source>Standard GPU app (1.2-1.5 GB)</source>
        <translation>Standard-GPU-App (1,2-1,5 GB)</translation>
    </message>
    <message>
        <source>Full ML stack (1.8-2.5 GB)</source>
        <translation>Vollständiger ML-Stack (1,8-2,5 GB)</translation>
    </message>
    <message>
        <source>Multi-model app (2.5-4 GB)</source>
        <translation>Multi-Modell-App (2,5-4 GB)</translation>
    </message>
    <message>
        <source>Generate spec fragment…</source>
        <translation>Spec-Fragment erzeugen…</translation>
    </message>
    <message>
        <source>Budget, e.g. 800 MB</source>
        <translation>Budget, z. B. 800 MB</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Not a size: use for example 800 MB, 1.5 GiB or 2g.</source>
        <translation>Keine Größe: verwenden Sie zum Beispiel 800 MB, 1.5 GiB oder 2g.</translation>
    </message>
    <message>
        <source>No analysis yet.</source>
        <translation>Noch keine Analyse.</translation>
    </message>
    <message>
        <source>Potential: %1 -&gt; %2 (%3)</source>
        <translation>Potenzial: %1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2: within target</source>
        <translation>%1 von %2: im Ziel</translation>
    </message>
    <message>
        <source>%1 of %2: %3 over</source>
        <translation>%1 von %2: %3 darüber</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message numerus="yes">
        <source>Saves %1 of %2 · confidence: %3 · %n file(s)</source>
        <translation>
            <numerusform>Spart %1 von %2 · Konfidenz: %3 · %n Datei</numerusform>
            <numerusform>Spart %1 von %2 · Konfidenz: %3 · %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a candidate to see why it is proposed and the PyInstaller change that applies it.</source>
        <translation>Wählen Sie einen Kandidaten, um zu sehen, warum er vorgeschlagen wird und welche PyInstaller-Änderung ihn umsetzt.</translation>
    </message>
    <message>
        <source>Potential (unverified): %1 -&gt; %2 (%3)</source>
        <translation>Potenzial (nicht geprüft): %1 -&gt; %2 (%3)</translation>
    </message>
</context>
<context>
    <name>BundleScope::CategoryInfo</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Native libraries</source>
        <translation>Native Bibliotheken</translation>
    </message>
    <message>
        <source>Executables</source>
        <translation>Ausführbare Dateien</translation>
    </message>
    <message>
        <source>Python bytecode</source>
        <translation>Python-Bytecode</translation>
    </message>
    <message>
        <source>Python sources</source>
        <translation>Python-Quellen</translation>
    </message>
    <message>
        <source>Model weights</source>
        <translation>Modellgewichte</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Development files</source>
        <translation>Entwicklungsdateien</translation>
    </message>
    <message>
        <source>Tests and examples</source>
        <translation>Tests und Beispiele</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>BundleScope::ChangeColoring</name>
    <message>
        <source>Red: added or grown · green: shrunk (deeper = larger change) · grey: unchanged. Removed files are listed in the table.</source>
        <translation>Rot: hinzugefügt oder gewachsen · Grün: verkleinert (je dunkler, desto größer die Änderung) · Grau: unverändert. Entfernte Dateien stehen in der Tabelle.</translation>
    </message>
</context>
<context>
    <name>BundleScope::CheckCommand</name>
    <message>
        <source>Checks a bundle against the size rules of a .bundlescope.ini; exits 1 when a rule fails.</source>
        <translation>Prüft ein Bundle gegen die Größenregeln einer .bundlescope.ini; endet mit 1, wenn eine Regel verletzt ist.</translation>
    </message>
    <message>
        <source>check [options] PATH</source>
        <translation>check [Optionen] PFAD</translation>
    </message>
    <message>
        <source>The bundle or snapshot to check.</source>
        <translation>Das zu prüfende Bundle oder der Snapshot.</translation>
    </message>
    <message>
        <source>The rules file (default: .bundlescope.ini in the current folder, else next to the bundle).</source>
        <translation>Die Regeldatei (Standard: .bundlescope.ini im aktuellen Ordner, sonst neben dem Bundle).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>bundlescope check: needs exactly one PATH.</source>
        <translation>bundlescope check: braucht genau einen PFAD.</translation>
    </message>
    <message>
        <source>bundlescope check: %1</source>
        <translation>bundlescope check: %1</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1 (Grenze %2)</translation>
    </message>
    <message>
        <source>Exits 1 when the bundle is larger than SIZE (e.g. 1.5GiB).</source>
        <translation>Endet mit 1, wenn das Bundle größer als GRÖSSE ist (z. B. 1.5GiB).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>Exits 1 when the estimated tar.gz of the bundle is larger than SIZE.</source>
        <translation>Endet mit 1, wenn das geschätzte tar.gz des Bundles größer als GRÖSSE ist.</translation>
    </message>
    <message>
        <source>bundlescope: --%1 needs a size such as 1.5GiB, not &quot;%2&quot;.</source>
        <translation>bundlescope: --%1 braucht eine Größe wie 1.5GiB, nicht „%2“.</translation>
    </message>
    <message>
        <source>bundlescope: %1</source>
        <translation>bundlescope: %1</translation>
    </message>
    <message>
        <source>Over budget: %1 is %2, the limit is %3.</source>
        <translation>Budget überschritten: %1 ist %2, die Grenze ist %3.</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>das Bundle</translation>
    </message>
    <message>
        <source>the estimated tar.gz</source>
        <translation>das geschätzte tar.gz</translation>
    </message>
    <message>
        <source>warning: %1 could not be read: %2</source>
        <translation>Warnung: %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>BundleScope::CheckedReadDevice</name>
    <message>
        <source>The file could not be opened for reading: it vanished, is unreadable or is no longer a regular file.</source>
        <translation>Die Datei konnte nicht zum Lesen geöffnet werden: Sie ist verschwunden, nicht lesbar oder keine reguläre Datei mehr.</translation>
    </message>
    <message>
        <source>The entry could not be read from its container: the container changed since the scan, is damaged, or the entry is too large to read.</source>
        <translation>Der Eintrag konnte nicht aus seinem Container gelesen werden: Der Container hat sich seit dem Scan geändert, ist beschädigt, oder der Eintrag ist zu groß zum Lesen.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file contents are not available.</source>
        <translation>Die Dateiinhalte des Bundles sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>The file has %1 bytes, the scan found %2: it changed since the scan or could not be read completely.</source>
        <translation>Die Datei hat %1 Bytes, der Scan fand %2: Sie hat sich seit dem Scan geändert oder konnte nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation>Die Datei ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>%1 bytes could be read, the scan found %2: the file changed since the scan or could not be read completely.</source>
        <translation>%1 Bytes konnten gelesen werden, der Scan fand %2: Die Datei hat sich seit dem Scan geändert oder konnte nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>Seeking to byte %1 failed: %2</source>
        <translation>Springen zu Byte %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading failed at byte %1: %2</source>
        <translation>Lesen bei Byte %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The file ended at byte %1, the scan found %2 bytes: it changed since the scan or could not be read completely.</source>
        <translation>Die Datei endete bei Byte %1, der Scan fand %2 Bytes: Sie hat sich seit dem Scan geändert oder konnte nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>The file is larger than the %1 bytes the scan found: it changed since the scan.</source>
        <translation>Die Datei ist größer als die %1 Bytes, die der Scan fand: Sie hat sich seit dem Scan geändert.</translation>
    </message>
</context>
<context>
    <name>BundleScope::CommandLine</name>
    <message>
        <source>bundlescope: unknown command &quot;%1&quot;.</source>
        <translation>bundlescope: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <source>bundlescope %1: %2</source>
        <translation>bundlescope %1: %2</translation>
    </message>
    <message>
        <source>Run &quot;bundlescope help %1&quot; for the options.</source>
        <translation>Führen Sie „bundlescope help %1“ für die Optionen aus.</translation>
    </message>
    <message>
        <source>bundlescope: no help for unknown command &quot;%1&quot;.</source>
        <translation>bundlescope: keine Hilfe für unbekannten Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: bundlescope [COMMAND [options]]</source>
        <translation>Aufruf: bundlescope [BEFEHL [Optionen]]</translation>
    </message>
    <message>
        <source>Explore, slim and ship PyInstaller bundles. Without a command the desktop application opens.</source>
        <translation>PyInstaller-Bundles erkunden, verschlanken und ausliefern. Ohne Befehl öffnet sich die Desktop-Anwendung.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Shows help for a command.</source>
        <translation>Zeigt die Hilfe zu einem Befehl.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Zeigt die Version.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 check failed, 2 bad arguments, 3 unreadable path, 4 operation failed.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Prüfung fehlgeschlagen, 2 ungültige Argumente, 3 unlesbarer Pfad, 4 Vorgang fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Usage: bundlescope %1</source>
        <translation>Aufruf: bundlescope %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareCommand</name>
    <message>
        <source>Compares two bundles or snapshots: totals, packages, categories and files that changed.</source>
        <translation>Vergleicht zwei Bundles oder Snapshots: Summen, Pakete, Kategorien und geänderte Dateien.</translation>
    </message>
    <message>
        <source>compare [options] BEFORE AFTER</source>
        <translation>compare [Optionen] VORHER NACHHER</translation>
    </message>
    <message>
        <source>The baseline: a bundle or a snapshot file.</source>
        <translation>Die Basis: ein Bundle oder eine Snapshot-Datei.</translation>
    </message>
    <message>
        <source>The new build: a bundle or a snapshot file.</source>
        <translation>Der neue Build: ein Bundle oder eine Snapshot-Datei.</translation>
    </message>
    <message>
        <source>Output format: text, json or markdown (default: text).</source>
        <translation>Ausgabeformat: text, json oder markdown (Standard: text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows per table (default: 20).</source>
        <translation>Zeilen pro Tabelle (Standard: 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Writes the comparison to FILE instead of standard output.</source>
        <translation>Schreibt den Vergleich in DATEI statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>bundlescope compare: needs exactly two paths, BEFORE and AFTER.</source>
        <translation>bundlescope compare: braucht genau zwei Pfade, VORHER und NACHHER.</translation>
    </message>
    <message>
        <source>bundlescope compare: --format must be text, json or markdown and --top a positive number.</source>
        <translation>bundlescope compare: --format muss text, json oder markdown sein und --top eine positive Zahl.</translation>
    </message>
    <message>
        <source>bundlescope compare: %1</source>
        <translation>bundlescope compare: %1</translation>
    </message>
    <message>
        <source>bundlescope compare: cannot write %1: %2</source>
        <translation>bundlescope compare: %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareLauncher</name>
    <message>
        <source>Compare: %1 → %2</source>
        <translation>Vergleich: %1 → %2</translation>
    </message>
    <message>
        <source>Choose the bundle folder to compare with</source>
        <translation>Bundle-Ordner zum Vergleichen wählen</translation>
    </message>
    <message>
        <source>Choose the bundle, archive or snapshot to compare with</source>
        <translation>Bundle, Archiv oder Snapshot zum Vergleichen wählen</translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareModel</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change (bytes)</source>
        <translation>Änderung (Bytes)</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Änderung (%)</translation>
    </message>
    <message>
        <source>%1
renamed from %2 (same bytes)</source>
        <translation>%1
umbenannt von %2 (gleiche Bytes)</translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareView</name>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <source>Open two bundles or snapshots to compare them.</source>
        <translation>Öffnen Sie zwei Bundles oder Snapshots, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Largest changes (MiB)</source>
        <translation>Größte Änderungen (MiB)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Show &amp;unchanged</source>
        <translation>&amp;Unveränderte zeigen</translation>
    </message>
    <message>
        <source>— change</source>
        <translation>— Änderung</translation>
    </message>
    <message>
        <source>%1 growth</source>
        <translation>%1 Zuwachs</translation>
    </message>
    <message>
        <source>%1 reduction</source>
        <translation>%1 Verkleinerung</translation>
    </message>
    <message>
        <source>Largest changes</source>
        <translation>Größte Änderungen</translation>
    </message>
    <message>
        <source>Growth map</source>
        <translation>Wachstumskarte</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %3. Files: %4 added, %5 removed, %6 changed, %7 renamed, %8 moved.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %3. Dateien: %4 hinzugefügt, %5 entfernt, %6 geändert, %7 umbenannt, %8 verschoben.</translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareWriter</name>
    <message>
        <source>Bundle size: %1 → %2 (%3, %4)</source>
        <translation>Bundle-Größe: %1 → %2 (%3, %4)</translation>
    </message>
    <message>
        <source>| Name | Change | Before | After | Δ | Δ %</source>
        <translation>| Name | Änderung | Vorher | Nachher | Δ | Δ %</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation>(keine Änderungen)</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 removed, %3 grown, %4 shrunk, %5 renamed, %6 unchanged; %7 moved between layouts.</source>
        <translation>Dateien: %1 hinzugefügt, %2 entfernt, %3 gewachsen, %4 geschrumpft, %5 umbenannt, %6 unverändert; %7 zwischen Aufbauten verschoben.</translation>
    </message>
</context>
<context>
    <name>BundleScope::CompressionEstimator</name>
    <message>
        <source>Estimate cancelled.</source>
        <translation>Schätzung abgebrochen.</translation>
    </message>
    <message>
        <source>Compression level %1 is outside 0-9.</source>
        <translation>Kompressionsstufe %1 liegt außerhalb von 0-9.</translation>
    </message>
    <message>
        <source>The sample fraction must be in (0, 1].</source>
        <translation>Der Stichprobenanteil muss in (0, 1] liegen.</translation>
    </message>
    <message>
        <source>A snapshot holds file sizes, not contents: no archive size can be estimated from it.</source>
        <translation>Ein Snapshot enthält Dateigrößen, keine Inhalte: daraus lässt sich keine Archivgröße schätzen.</translation>
    </message>
</context>
<context>
    <name>BundleScope::DemoBundleGenerator</name>
    <message>
        <source>The application name “%1” is not a valid folder name.</source>
        <translation>Der Anwendungsname „%1“ ist kein gültiger Ordnername.</translation>
    </message>
    <message>
        <source>The scale must be between 1 and 1000, not %1.</source>
        <translation>Der Maßstab muss zwischen 1 und 1000 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>The demo bundle folder already exists.</source>
        <translation>Der Ordner des Demo-Bundles existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot rename the generated bundle into place.</source>
        <translation>Das erzeugte Bundle kann nicht an seinen Platz umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>BundleScope::DemoFileSink</name>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the symbolic link.</source>
        <translation>Der symbolische Link kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>BundleScope::DemoPythonPackages</name>
    <message>
        <source>Cannot create base_library.zip: %1</source>
        <translation>base_library.zip kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write base_library.zip: %1</source>
        <translation>base_library.zip kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::DependencyExplanation</name>
    <message>
        <source>nothing: it is a root, an extension module that Python imports</source>
        <translation>nichts: sie ist eine Wurzel, ein Erweiterungsmodul, das Python importiert</translation>
    </message>
    <message>
        <source>nothing: it is a root, the launcher or the Python runtime</source>
        <translation>nichts: sie ist eine Wurzel, der Starter oder die Python-Laufzeit</translation>
    </message>
    <message>
        <source>nothing links it: it is a program that Python code runs (module %1)</source>
        <translation>nichts linkt sie: sie ist ein Programm, das Python-Code ausführt (Modul %1)</translation>
    </message>
    <message>
        <source>nothing links it: it is loaded from Python code (module %1)</source>
        <translation>nichts linkt sie: sie wird aus Python-Code geladen (Modul %1)</translation>
    </message>
    <message>
        <source>nothing: it is a program, which the app does not load (a package may run it as a process); programs keep no library alive</source>
        <translation>nichts: sie ist ein Programm, das die App nicht lädt (ein Paket kann es als Prozess starten); Programme halten keine Bibliothek am Leben</translation>
    </message>
    <message>
        <source>unknown: it is UPX-packed, so its imports cannot be read (packed libraries crash when loaded on Linux)</source>
        <translation>unbekannt: sie ist mit UPX gepackt, daher können ihre Importe nicht gelesen werden (gepackte Bibliotheken stürzen unter Linux beim Laden ab)</translation>
    </message>
    <message numerus="yes">
        <source>nothing the app loads; only %n program(s) in the bundle need it: %1. Programs are not loaded by the app and keep no library alive, but removing it breaks them.</source>
        <translation>
            <numerusform>nichts, was die App lädt; nur %n Programm im Bundle braucht sie: %1. Programme werden von der App nicht geladen und halten keine Bibliothek am Leben, aber ihr Entfernen bricht dieses Programm.</numerusform>
            <numerusform>nichts, was die App lädt; nur %n Programme im Bundle brauchen sie: %1. Programme werden von der App nicht geladen und halten keine Bibliothek am Leben, aber ihr Entfernen bricht diese Programme.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing in the bundle (unreferenced; it may still be loaded with dlopen())</source>
        <translation>nichts im Bundle (nicht referenziert; sie kann dennoch mit dlopen() geladen werden)</translation>
    </message>
    <message numerus="yes">
        <source>%n binary file(s) in the bundle are UPX-packed: their imports cannot be read, so no library is called unreferenced.</source>
        <translation>
            <numerusform>%n Binärdatei im Bundle ist mit UPX gepackt: ihre Importe können nicht gelesen werden, daher wird keine Bibliothek als nicht referenziert eingestuft.</numerusform>
            <numerusform>%n Binärdateien im Bundle sind mit UPX gepackt: ihre Importe können nicht gelesen werden, daher wird keine Bibliothek als nicht referenziert eingestuft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the bundle could not be read as scanned: what they need is unknown, so no library is called unreferenced.</source>
        <translation>
            <numerusform>%n Datei des Bundles konnte nicht wie gescannt gelesen werden: Was sie benötigt, ist unbekannt, daher gilt keine Bibliothek als unreferenziert.</numerusform>
            <numerusform>%n Dateien des Bundles konnten nicht wie gescannt gelesen werden: Was sie benötigen, ist unbekannt, daher gilt keine Bibliothek als unreferenziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing links it: it is a plugin that Qt loads at run time from its plugin folder (%1)</source>
        <translation>nichts linkt sie: es ist ein Plugin, das Qt zur Laufzeit aus seinem Plugin-Ordner lädt (%1)</translation>
    </message>
</context>
<context>
    <name>BundleScope::DependencyGraphBuilder</name>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Dependency analysis cancelled</source>
        <translation>Abhängigkeitsanalyse abgebrochen</translation>
    </message>
</context>
<context>
    <name>BundleScope::DetailsPane</name>
    <message>
        <source>%1 (expected from the system)</source>
        <translation>%1 (vom System erwartet)</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (needed by %n file(s))</source>
        <translation>
            <numerusform>%1 (gebraucht von %n Datei)</numerusform>
            <numerusform>%1 (gebraucht von %n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Open a bundle to see why its native libraries are there.</source>
        <translation>Öffnen Sie ein Bundle, um zu sehen, warum seine nativen Bibliotheken darin sind.</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Gebraucht von</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Braucht</translation>
    </message>
    <message numerus="yes">
        <source>Removing it would orphan %n file(s) (%1).</source>
        <translation>
            <numerusform>Ihr Entfernen ließe %n Datei verwaist zurück (%1).</numerusform>
            <numerusform>Ihr Entfernen ließe %n Dateien verwaist zurück (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a native file.</source>
        <translation>%1 ist keine native Datei.</translation>
    </message>
    <message>
        <source>Expected from the system</source>
        <translation>Vom System erwartet</translation>
    </message>
    <message>
        <source>Verified slimming: %1</source>
        <translation>Geprüftes Verschlanken: %1</translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation>Kandidat: %1</translation>
    </message>
    <message>
        <source>Python module %1, imported by</source>
        <translation>Python-Modul %1, importiert von</translation>
    </message>
</context>
<context>
    <name>BundleScope::DevFilesAnalyzer</name>
    <message numerus="yes">
        <source>%n file(s), %1.</source>
        <translation>
            <numerusform>%n Datei, %1.</numerusform>
            <numerusform>%n Dateien, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add after Analysis(...) in the .spec file (or pass excludes= to the hook&apos;s collect_data_files):</source>
        <translation>Nach Analysis(...) in der .spec-Datei einfügen (oder excludes= an collect_data_files des Hooks übergeben):</translation>
    </message>
    <message>
        <source>the top-level folder</source>
        <translation>der oberste Ordner</translation>
    </message>
    <message>
        <source>Test programs in %1</source>
        <translation>Testprogramme in %1</translation>
    </message>
    <message>
        <source>Test suites in %1</source>
        <translation>Testsuiten in %1</translation>
    </message>
    <message>
        <source>Examples in %1</source>
        <translation>Beispiele in %1</translation>
    </message>
    <message>
        <source>Documentation in %1</source>
        <translation>Dokumentation in %1</translation>
    </message>
    <message>
        <source>__pycache__ bytecode in %1</source>
        <translation>__pycache__-Bytecode in %1</translation>
    </message>
    <message>
        <source>C/C++ headers in %1</source>
        <translation>C/C++-Header in %1</translation>
    </message>
    <message>
        <source>Static libraries in %1</source>
        <translation>Statische Bibliotheken in %1</translation>
    </message>
    <message>
        <source>CMake files in %1</source>
        <translation>CMake-Dateien in %1</translation>
    </message>
    <message>
        <source>pkg-config files in %1</source>
        <translation>pkg-config-Dateien in %1</translation>
    </message>
    <message>
        <source>Type stubs (.pyi) in %1</source>
        <translation>Typ-Stubs (.pyi) in %1</translation>
    </message>
    <message>
        <source>C/C++/CUDA/Cython sources in %1</source>
        <translation>C/C++/CUDA/Cython-Quellen in %1</translation>
    </message>
    <message>
        <source>Python sources beside their bytecode in %1</source>
        <translation>Python-Quellen neben ihrem Bytecode in %1</translation>
    </message>
    <message>
        <source>Test executables built with the library; the application never runs them.</source>
        <translation>Mit der Bibliothek gebaute Testprogramme; die Anwendung führt sie nie aus.</translation>
    </message>
    <message>
        <source>Collected as data along with the package; nothing imports them when the application runs.</source>
        <translation>Als Daten mit dem Paket gesammelt; zur Laufzeit importiert sie nichts.</translation>
    </message>
    <message>
        <source>Bytecode caches of collected .py files. The frozen importer loads modules from the PYZ archive, so these copies are not used.</source>
        <translation>Bytecode-Caches gesammelter .py-Dateien. Der eingefrorene Importer lädt Module aus dem PYZ-Archiv, diese Kopien werden also nicht verwendet.</translation>
    </message>
    <message>
        <source>Needed only to compile extensions at run time (torch.utils.cpp_extension, Triton kernels). Keep them if the application JIT-compiles C++/CUDA code.</source>
        <translation>Nur nötig, um Erweiterungen zur Laufzeit zu kompilieren (torch.utils.cpp_extension, Triton-Kernel). Behalten Sie sie, wenn die Anwendung C++/CUDA-Code per JIT kompiliert.</translation>
    </message>
    <message>
        <source>Build-time files for linking against the library; a running application never reads them.</source>
        <translation>Build-Dateien zum Linken gegen die Bibliothek; eine laufende Anwendung liest sie nie.</translation>
    </message>
    <message>
        <source>Type hints for editors and type checkers; Python ignores them at run time.</source>
        <translation>Typhinweise für Editoren und Typprüfer; Python ignoriert sie zur Laufzeit.</translation>
    </message>
    <message>
        <source>Sources of compiled extensions. A few libraries compile kernels from shipped sources at run time: test the bundle.</source>
        <translation>Quellen kompilierter Erweiterungen. Einige Bibliotheken kompilieren Kernel zur Laufzeit aus mitgelieferten Quellen: testen Sie das Bundle.</translation>
    </message>
    <message>
        <source>Bytecode of these modules exists too. PyInstaller ships some sources on purpose (TorchScript and inspect.getsource need them, hooks collect them with collect_data_files): test carefully.</source>
        <translation>Bytecode dieser Module existiert ebenfalls. PyInstaller liefert manche Quellen absichtlich mit (TorchScript und inspect.getsource brauchen sie, Hooks sammeln sie mit collect_data_files): sorgfältig testen.</translation>
    </message>
</context>
<context>
    <name>BundleScope::DiskEntries</name>
    <message>
        <source>The file could not be opened for reading (it vanished, is unreadable or is no longer a regular file).</source>
        <translation>Die Datei konnte nicht zum Lesen geöffnet werden (sie ist verschwunden, nicht lesbar oder keine reguläre Datei mehr).</translation>
    </message>
    <message>
        <source>The file has %1 bytes, the scan found %2: it changed since the scan.</source>
        <translation>Die Datei hat %1 Bytes, der Scan fand %2: sie hat sich seit dem Scan geändert.</translation>
    </message>
    <message>
        <source>Seeking to byte %1 failed: %2</source>
        <translation>Positionierung auf Byte %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The file ended at byte %1 although the scan found %2 bytes: it changed since the scan.</source>
        <translation>Die Datei endete bei Byte %1, obwohl der Scan %2 Bytes fand: sie hat sich seit dem Scan geändert.</translation>
    </message>
    <message>
        <source>The file is larger than the %1 bytes the scan found: it changed since the scan.</source>
        <translation>Die Datei ist größer als die %1 Bytes, die der Scan fand: sie hat sich seit dem Scan geändert.</translation>
    </message>
</context>
<context>
    <name>BundleScope::DuplicatesAnalyzer</name>
    <message numerus="yes">
        <source>%n identical copies of %1</source>
        <translation>
            <numerusform>%n identische Kopie von %1</numerusform>
            <numerusform>%n identische Kopien von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) also exists, byte for byte, as %3. Every copy but one is wasted space.</source>
        <translation>%1 (%2) existiert Byte für Byte auch als %3. Jede Kopie außer einer ist verschwendeter Platz.</translation>
    </message>
    <message>
        <source>Windows bundles cannot rely on symlinks: collect the library once and make the other package find it (PATH / os.add_dll_directory).</source>
        <translation>Windows-Bundles können sich nicht auf Symlinks verlassen: sammeln Sie die Bibliothek einmal und lassen Sie das andere Paket sie finden (PATH / os.add_dll_directory).</translation>
    </message>
    <message>
        <source>Keep %1 and replace the other copies with relative symlinks after COLLECT (the generated spec fragment does it), as PyInstaller 6 already does for versioned .so chains.</source>
        <translation>%1 behalten und die anderen Kopien nach COLLECT durch relative Symlinks ersetzen (das erzeugte Spec-Fragment tut das), wie PyInstaller 6 es schon für versionierte .so-Ketten macht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading for duplicates stopped after %1 of %2 bytes: the file changed since the scan.</source>
        <translation>Das Lesen für die Duplikatsuche endete nach %1 von %2 Bytes: die Datei hat sich seit dem Scan geändert.</translation>
    </message>
    <message>
        <source>The file is larger than the %1 bytes the scan found: it changed since the scan.</source>
        <translation>Die Datei ist größer als die %1 Bytes, die der Scan fand: sie hat sich seit dem Scan geändert.</translation>
    </message>
    <message>
        <source>The file could not be opened for reading (it is no longer a readable regular file).</source>
        <translation>Die Datei konnte nicht zum Lesen geöffnet werden (sie ist keine lesbare reguläre Datei mehr).</translation>
    </message>
    <message>
        <source>Seeking to byte %1 failed: %2</source>
        <translation>Positionierung auf Byte %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Skipping to byte %1 stopped after %2 bytes: the file changed since the scan.</source>
        <translation>Das Vorspringen zu Byte %1 endete nach %2 Bytes: die Datei hat sich seit dem Scan geändert.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ElfReader</name>
    <message>
        <source>ELF identification</source>
        <translation>ELF-Identifikation</translation>
    </message>
    <message>
        <source>Not an ELF file: bad magic</source>
        <translation>Keine ELF-Datei: falsche Magic-Bytes</translation>
    </message>
    <message>
        <source>Unknown ELF class %1 or data encoding %2</source>
        <translation>Unbekannte ELF-Klasse %1 oder Datenkodierung %2</translation>
    </message>
    <message>
        <source>ELF header</source>
        <translation>ELF-Header</translation>
    </message>
    <message>
        <source>Section header entries of %1 bytes are too small</source>
        <translation>Section-Header-Einträge von %1 Bytes sind zu klein</translation>
    </message>
    <message>
        <source>Section header 0</source>
        <translation>Section-Header 0</translation>
    </message>
    <message>
        <source>Too many sections (%1)</source>
        <translation>Zu viele Sections (%1)</translation>
    </message>
    <message>
        <source>Section header table</source>
        <translation>Section-Header-Tabelle</translation>
    </message>
    <message>
        <source>Section %1 (%2 bytes at offset %3) lies past the end of the file</source>
        <translation>Section %1 (%2 Bytes ab Offset %3) liegt hinter dem Dateiende</translation>
    </message>
    <message>
        <source>Section name table index %1 is out of range</source>
        <translation>Index %1 der Section-Namenstabelle liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>Section name table</source>
        <translation>Section-Namenstabelle</translation>
    </message>
    <message>
        <source>Name of section %1 runs past its string table</source>
        <translation>Name von Section %1 reicht über ihre String-Tabelle hinaus</translation>
    </message>
    <message>
        <source>Too many program headers (%1)</source>
        <translation>Zu viele Program-Header (%1)</translation>
    </message>
    <message>
        <source>Program header entries of %1 bytes are too small</source>
        <translation>Program-Header-Einträge von %1 Bytes sind zu klein</translation>
    </message>
    <message>
        <source>Program header table</source>
        <translation>Program-Header-Tabelle</translation>
    </message>
    <message>
        <source>Program header %1 maps bytes past the end of the file</source>
        <translation>Program-Header %1 bildet Bytes hinter dem Dateiende ab</translation>
    </message>
    <message>
        <source>Dynamic section</source>
        <translation>Dynamic-Section</translation>
    </message>
    <message>
        <source>DT_STRTAB address %1 is not mapped by any segment</source>
        <translation>DT_STRTAB-Adresse %1 wird von keinem Segment abgebildet</translation>
    </message>
    <message>
        <source>Dynamic string table</source>
        <translation>Dynamische String-Tabelle</translation>
    </message>
    <message>
        <source>Dynamic entry string at %1 runs past the string table</source>
        <translation>Dynamischer Eintragsstring bei %1 reicht über die String-Tabelle hinaus</translation>
    </message>
    <message>
        <source>Symbol table</source>
        <translation>Symboltabelle</translation>
    </message>
    <message>
        <source>Symbol string table</source>
        <translation>Symbol-String-Tabelle</translation>
    </message>
</context>
<context>
    <name>BundleScope::EstimateCacheFile</name>
    <message>
        <source>Cannot read the estimate cache: %1</source>
        <translation>Der Schätzungs-Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The estimate cache has another format or version.</source>
        <translation>Der Schätzungs-Cache hat ein anderes Format oder eine andere Version.</translation>
    </message>
    <message>
        <source>The estimate cache is truncated.</source>
        <translation>Der Schätzungs-Cache ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The estimate cache is damaged.</source>
        <translation>Der Schätzungs-Cache ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot create the folder of the estimate cache.</source>
        <translation>Der Ordner des Schätzungs-Caches kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the estimate cache: %1</source>
        <translation>Der Schätzungs-Cache kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::EstimateReportSection</name>
    <message>
        <source>Estimated archive sizes</source>
        <translation>Geschätzte Archivgrößen</translation>
    </message>
    <message>
        <source>Sampled %1 of the input; archives as `bundlescope export` writes them.</source>
        <translation>Stichprobe von %1 der Eingabe; Archive so, wie `bundlescope export` sie schreibt.</translation>
    </message>
    <message>
        <source>tar.xz is an upper bound: its samples cannot see the 8 MiB of history xz matches against (0-17% above the real archive on the corpus).</source>
        <translation>tar.xz ist eine Obergrenze: die Stichproben sehen nicht die 8 MiB Vorgeschichte, gegen die xz vergleicht (0-17 % über dem echten Archiv im Korpus).</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Of the bundle</source>
        <translation>Vom Bundle</translation>
    </message>
</context>
<context>
    <name>BundleScope::ExcludablePackagesAnalyzer</name>
    <message>
        <source>Exclude %1</source>
        <translation>%1 ausschließen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1.</source>
        <translation>
            <numerusform>%n Datei, %1.</numerusform>
            <numerusform>%n Dateien, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add excludes=[%1] to Analysis(...) in the .spec file (or pass --exclude-module for each on the command line).</source>
        <translation>Fügen Sie excludes=[%1] zu Analysis(...) in der .spec-Datei hinzu (oder übergeben Sie auf der Kommandozeile --exclude-module für jedes).</translation>
    </message>
    <message>
        <source>%1: packaging and build tools. An application does not install packages at run time; they are collected because some module imports them optionally (pkg_resources is still used by a few older libraries to read versions: test the bundle).</source>
        <translation>%1: Paketierungs- und Build-Werkzeuge. Eine Anwendung installiert zur Laufzeit keine Pakete; sie werden gesammelt, weil ein Modul sie optional importiert (pkg_resources wird von einigen älteren Bibliotheken noch zum Lesen von Versionen genutzt: testen Sie das Bundle).</translation>
    </message>
    <message>
        <source>%1: a test framework. A shipped application does not run its test suite.</source>
        <translation>%1: ein Test-Framework. Eine ausgelieferte Anwendung führt ihre Testsuite nicht aus.</translation>
    </message>
    <message>
        <source>%1: the standard test framework. Some libraries (torch._dynamo, numpy.testing) import unittest at run time, so run the bundle&apos;s smoke test after excluding it.</source>
        <translation>%1: das Standard-Test-Framework. Einige Bibliotheken (torch._dynamo, numpy.testing) importieren unittest zur Laufzeit, führen Sie also nach dem Ausschließen den Smoke-Test des Bundles aus.</translation>
    </message>
    <message>
        <source>%1: the interactive help system and its topic data; only help() uses them.</source>
        <translation>%1: das interaktive Hilfesystem und seine Themendaten; nur help() verwendet sie.</translation>
    </message>
    <message>
        <source>%1: the Tk GUI toolkit with its Tcl/Tk script folders. Needed only if the application opens Tk windows (including matplotlib&apos;s TkAgg backend).</source>
        <translation>%1: das Tk-GUI-Toolkit mit seinen Tcl/Tk-Skriptordnern. Nur nötig, wenn die Anwendung Tk-Fenster öffnet (auch das TkAgg-Backend von matplotlib).</translation>
    </message>
    <message>
        <source>%1: the Jupyter/IPython notebook stack, usually collected through an optional import (tqdm.notebook, matplotlib, transformers). A deployed application rarely needs it.</source>
        <translation>%1: der Jupyter/IPython-Notebook-Stack, meist über einen optionalen Import gesammelt (tqdm.notebook, matplotlib, transformers). Eine ausgelieferte Anwendung braucht ihn selten.</translation>
    </message>
    <message>
        <source>%1: a second ML framework beside the main one (%2), usually pulled in by an optional import in a library such as transformers. Exclude it if your code never uses it.</source>
        <translation>%1: ein zweites ML-Framework neben dem Haupt-Framework (%2), meist über einen optionalen Import in einer Bibliothek wie transformers hereingezogen. Schließen Sie es aus, wenn Ihr Code es nie verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n native file(s) (%1) stay because other packages need them too: %2.</source>
        <translation>
            <numerusform>%n native Datei (%1) bleibt, weil andere Pakete sie ebenfalls brauchen: %2.</numerusform>
            <numerusform>%n native Dateien (%1) bleiben, weil andere Pakete sie ebenfalls brauchen: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ExportCommand</name>
    <message>
        <source>%1 of %2 (%3/s), %4 s left</source>
        <translation>%1 von %2 (%3/s), noch %4 s</translation>
    </message>
    <message>
        <source>Writes a reproducible tar.gz, zip, tar.xz or tar.zst of a bundle, with its size estimate.</source>
        <translation>Schreibt ein reproduzierbares tar.gz, zip, tar.xz oder tar.zst eines Bundles, mit seiner Größenschätzung.</translation>
    </message>
    <message>
        <source>export [options] PATH --out FILE</source>
        <translation>export [Optionen] PFAD --out DATEI</translation>
    </message>
    <message>
        <source>The bundle folder (dist/&lt;app&gt;).</source>
        <translation>Der Bundle-Ordner (dist/&lt;app&gt;).</translation>
    </message>
    <message>
        <source>tar.gz, zip, tar.xz or tar.zst (default: tar.gz).</source>
        <translation>tar.gz, zip, tar.xz oder tar.zst (Standard: tar.gz).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The archive to write.</source>
        <translation>Das zu schreibende Archiv.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>gzip level 1-9 for tar.gz (default: 6); zip always uses 6.</source>
        <translation>gzip-Stufe 1-9 für tar.gz (Standard: 6); zip verwendet immer 6.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Leaves out the files that advised optimization candidates remove.</source>
        <translation>Lässt die Dateien weg, die empfohlene Optimierungskandidaten entfernen.</translation>
    </message>
    <message>
        <source>Replaces an existing FILE.</source>
        <translation>Ersetzt eine vorhandene DATEI.</translation>
    </message>
    <message>
        <source>Reads the archive back and checks every file before it gets its name.</source>
        <translation>Liest das Archiv zurück und prüft jede Datei, bevor es seinen Namen erhält.</translation>
    </message>
    <message>
        <source>bundlescope export: needs one PATH, --out FILE, --format tar.gz|zip|tar.xz|tar.zst and a --level of 1-9.</source>
        <translation>bundlescope export: braucht einen PFAD, --out DATEI, --format tar.gz|zip|tar.xz|tar.zst und ein --level von 1-9.</translation>
    </message>
    <message>
        <source>bundlescope export: %1</source>
        <translation>bundlescope export: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 entries, %4 left out, %5 s</source>
        <translation>%1 geschrieben: %2, %3 Einträge, %4 weggelassen, %5 s</translation>
    </message>
    <message>
        <source>Verified: %1 files, %2 read back.</source>
        <translation>Überprüft: %1 Dateien, %2 zurückgelesen.</translation>
    </message>
    <message>
        <source>With --exclude-candidates: also leaves out what low-confidence candidates remove (not advised by default).</source>
        <translation>Mit --exclude-candidates: lässt auch weg, was Kandidaten mit niedriger Konfidenz entfernen (standardmäßig nicht empfohlen).</translation>
    </message>
</context>
<context>
    <name>BundleScope::ExportDialog</name>
    <message>
        <source>Export Archive</source>
        <translation>Archiv exportieren</translation>
    </message>
    <message>
        <source>Placeholders: {name}, {version}, {platform}. The extension follows the format.</source>
        <translation>Platzhalter: {name}, {version}, {platform}. Die Endung folgt dem Format.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Leave out files of checked candidates</source>
        <translation>Dateien markierter Kandidaten weglassen</translation>
    </message>
    <message>
        <source>Verify the archive after writing</source>
        <translation>Archiv nach dem Schreiben überprüfen</translation>
    </message>
    <message>
        <source>Replace an existing file</source>
        <translation>Vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Schätze…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>gzip level:</source>
        <translation>gzip-Stufe:</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Schätzung:</translation>
    </message>
    <message>
        <source>Destination Folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>schätze verbleibende Zeit</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 at %3/s, %4</source>
        <translation>%1 von %2 mit %3/s, %4</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Verified %n file(s).</source>
        <translation>
            <numerusform>%n Datei überprüft.</numerusform>
            <numerusform>%n Dateien überprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n Datei, %1</numerusform>
            <numerusform>%n Dateien, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified removals only</source>
        <translation>Nur geprüfte Entfernungen</translation>
    </message>
    <message numerus="yes">
        <source>Verified removals only (%n file(s) the app ran without)</source>
        <translation>
            <numerusform>Nur geprüfte Entfernungen (%n Datei, ohne die die App lief)</numerusform>
            <numerusform>Nur geprüfte Entfernungen (%n Dateien, ohne die die App lief)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leaves out exactly the files of the candidates the last Verify… run removed with the app still passing.</source>
        <translation>Lässt genau die Dateien der Kandidaten weg, die der letzte Prüflauf entfernt hat, während die App weiter bestand.</translation>
    </message>
    <message numerus="yes">
        <source>Leaves out exactly the files of the candidates the last Verify… run removed with the app still passing. %n duplicate(s), verified as links to the kept copy, stay as files: bundlescope slim --out writes them as links.</source>
        <translation>
            <numerusform>Lässt genau die Dateien der Kandidaten weg, die der letzte Prüflauf entfernt hat, während die App weiter bestand. %n Duplikat, als Verweis auf die behaltene Kopie geprüft, bleibt als Datei: bundlescope slim --out schreibt es als Verweis.</numerusform>
            <numerusform>Lässt genau die Dateien der Kandidaten weg, die der letzte Prüflauf entfernt hat, während die App weiter bestand. %n Duplikate, als Verweise auf die behaltene Kopie geprüft, bleiben als Dateien: bundlescope slim --out schreibt sie als Verweise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::FolderSource</name>
    <message>
        <source>Permission denied: cannot open this folder.</source>
        <translation>Zugriff verweigert: dieser Ordner kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The folder does not exist: %1.</source>
        <translation>Der Ordner existiert nicht: %1.</translation>
    </message>
    <message>
        <source>This is not a folder.</source>
        <translation>Dies ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot open the folder: %1</source>
        <translation>Der Ordner kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Der Scan wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BundleScope::FolderWalker</name>
    <message>
        <source>The folder was replaced while it was being scanned.</source>
        <translation>Der Ordner wurde während des Scans ersetzt.</translation>
    </message>
    <message>
        <source>Cannot open this folder: %1</source>
        <translation>Dieser Ordner kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot list this folder completely: %1</source>
        <translation>Dieser Ordner kann nicht vollständig aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The entry vanished while the folder was being scanned.</source>
        <translation>Der Eintrag ist während des Scans verschwunden.</translation>
    </message>
    <message>
        <source>Cannot read this entry: %1</source>
        <translation>Dieser Eintrag kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::GgufReader</name>
    <message>
        <source>Not a GGUF file (no GGUF magic).</source>
        <translation>Keine GGUF-Datei (keine GGUF-Magic-Bytes).</translation>
    </message>
    <message>
        <source>GGUF version %1 is not supported (2 and 3 are).</source>
        <translation>GGUF-Version %1 wird nicht unterstützt (2 und 3 schon).</translation>
    </message>
    <message>
        <source>GGUF header counts do not fit the file.</source>
        <translation>Die Anzahlen im GGUF-Header passen nicht zur Datei.</translation>
    </message>
    <message>
        <source>GGUF file is truncated or inconsistent at byte %1.</source>
        <translation>GGUF-Datei ist bei Byte %1 abgeschnitten oder inkonsistent.</translation>
    </message>
    <message>
        <source>GGUF general.alignment %1 is not a power of two.</source>
        <translation>GGUF general.alignment %1 ist keine Zweierpotenz.</translation>
    </message>
</context>
<context>
    <name>BundleScope::GpuStackAnalyzer</name>
    <message>
        <source>CUDA GPU stack (only if the target has no GPU)</source>
        <translation>CUDA-GPU-Stack (nur wenn das Ziel keine GPU hat)</translation>
    </message>
    <message numerus="yes">
        <source>%n CUDA file(s), %1: the GPU runtime, cuDNN, cuBLAS, NCCL and friends. Only if the target machines have no NVIDIA GPU: a CPU-only build runs the same code on the CPU and drops all of it.</source>
        <translation>
            <numerusform>%n CUDA-Datei, %1: die GPU-Laufzeit, cuDNN, cuBLAS, NCCL und Co. Nur wenn die Zielrechner keine NVIDIA-GPU haben: ein reiner CPU-Build führt denselben Code auf der CPU aus und verzichtet auf all das.</numerusform>
            <numerusform>%n CUDA-Dateien, %1: die GPU-Laufzeit, cuDNN, cuBLAS, NCCL und Co. Nur wenn die Zielrechner keine NVIDIA-GPU haben: ein reiner CPU-Build führt denselben Code auf der CPU aus und verzichtet auf all das.</numerusform>
        </translation>
    </message>
    <message>
        <source>Build in an environment with the CPU-only torch wheel (from PyTorch&apos;s CPU wheel index) instead of the CUDA one, and add excludes=[&apos;nvidia&apos;, &apos;triton&apos;] to Analysis(...).</source>
        <translation>Bauen Sie in einer Umgebung mit dem reinen CPU-torch-Wheel (aus dem CPU-Wheel-Index von PyTorch) statt dem CUDA-Wheel, und fügen Sie excludes=[&apos;nvidia&apos;, &apos;triton&apos;] zu Analysis(...) hinzu.</translation>
    </message>
</context>
<context>
    <name>BundleScope::GuiApplication</name>
    <message>
        <source>Explore, slim and ship PyInstaller bundles.</source>
        <translation>PyInstaller-Bundles erkunden, verschlanken und ausliefern.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Bundle folder, one-file executable or archive to open.</source>
        <translation>Zu öffnender Bundle-Ordner, One-File-Programm oder Archiv.</translation>
    </message>
    <message>
        <source>Open a generated demo bundle.</source>
        <translation>Ein erzeugtes Demo-Bundle öffnen.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Das Fenster in eine PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Screenshot size, e.g. 1400x900.</source>
        <translation>Screenshot-Größe, z. B. 1400x900.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Tab to show: explorer or breakdown.</source>
        <translation>Anzuzeigender Tab: explorer oder breakdown.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>BundleScope</source>
        <translation>BundleScope</translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark (default: the setting ui/palette, else system).</source>
        <translation>Farbschema: system, light oder dark (Standard: die Einstellung ui/palette, sonst system).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Dock to show at start: candidates, details or history.</source>
        <translation>Beim Start gezeigtes Dock: candidates, details oder history.</translation>
    </message>
    <message>
        <source>Unknown colour scheme %1: use system, light or dark.</source>
        <translation>Unbekanntes Farbschema %1: system, light oder dark verwenden.</translation>
    </message>
    <message>
        <source>Unknown dock %1: use candidates, details or history.</source>
        <translation>Unbekanntes Dock %1: candidates, details oder history verwenden.</translation>
    </message>
    <message>
        <source>With --screenshot: run Verify… on every candidate with this smoke command first.</source>
        <translation>Mit --screenshot: zuerst „Prüfen…“ mit diesem Testbefehl auf allen Kandidaten ausführen.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>With --verify: text the command&apos;s output must contain.</source>
        <translation>Mit --verify: Text, den die Ausgabe des Befehls enthalten muss.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Usage: --screenshot OUT.png [--size WxH] [--tab explorer|breakdown] [--show-dock candidates|details|history] [--palette system|light|dark] [--verify CMD [--expect TEXT]] [PATH|--demo]</source>
        <translation>Aufruf: --screenshot AUS.png [--size BxH] [--tab explorer|breakdown] [--show-dock candidates|details|history] [--palette system|light|dark] [--verify BEFEHL [--expect TEXT]] [PFAD|--demo]</translation>
    </message>
</context>
<context>
    <name>BundleScope::GzipWriteDevice</name>
    <message>
        <source>The gzip stream can only be written, to an open device.</source>
        <translation>Der gzip-Stream kann nur auf ein geöffnetes Gerät geschrieben werden.</translation>
    </message>
    <message>
        <source>zlib could not start a deflate stream at level %1.</source>
        <translation>zlib konnte keinen Deflate-Stream mit Stufe %1 starten.</translation>
    </message>
    <message>
        <source>Could not write the compressed stream: %1</source>
        <translation>Der komprimierte Stream konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>zlib reported a stream error.</source>
        <translation>zlib meldete einen Stream-Fehler.</translation>
    </message>
</context>
<context>
    <name>BundleScope::HistoryChart</name>
    <message>
        <source>Size over time</source>
        <translation>Größe im Zeitverlauf</translation>
    </message>
    <message>
        <source>Size of %1 over time</source>
        <translation>Größe von %1 im Zeitverlauf</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>Open a bundle to see how its size changes from scan to scan.</source>
        <translation>Öffnen Sie ein Bundle, um zu sehen, wie sich seine Größe von Scan zu Scan ändert.</translation>
    </message>
    <message>
        <source>No history yet: every scan of this bundle adds a point.</source>
        <translation>Noch kein Verlauf: Jeder Scan dieses Bundles fügt einen Punkt hinzu.</translation>
    </message>
</context>
<context>
    <name>BundleScope::HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Änderung %</translation>
    </message>
</context>
<context>
    <name>BundleScope::HistoryPanel</name>
    <message>
        <source>Compare with Current</source>
        <translation>Mit aktuellem vergleichen</translation>
    </message>
    <message>
        <source>Open a comparison of this snapshot (the baseline) with the open bundle</source>
        <translation>Diesen Snapshot (die Ausgangsbasis) mit dem geöffneten Bundle vergleichen</translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>Open this snapshot read-only</source>
        <translation>Diesen Snapshot schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this snapshot from the history</source>
        <translation>Diesen Snapshot aus dem Verlauf löschen</translation>
    </message>
    <message>
        <source>No bundle is open.</source>
        <translation>Kein Bundle geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) of %1</source>
        <translation>
            <numerusform>%n Snapshot von %1</numerusform>
            <numerusform>%n Snapshots von %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::HistoryRecorder</name>
    <message>
        <source>The size history could not be saved: %1</source>
        <translation>Der Größenverlauf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::HistoryStore</name>
    <message>
        <source>The history folder cannot be created.</source>
        <translation>Der Verlaufsordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The snapshot cannot be deleted: %1</source>
        <translation>Der Snapshot kann nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::HtmlReportWriter</name>
    <message numerus="yes">
        <source>%n small files in %1</source>
        <translation>
            <numerusform>%n kleine Datei in %1</numerusform>
            <numerusform>%n kleine Dateien in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>BundleScope report: %1</source>
        <translation>BundleScope-Bericht: %1</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 in %2.</translation>
    </message>
    <message>
        <source>Treemap</source>
        <translation>Treemap</translation>
    </message>
</context>
<context>
    <name>BundleScope::ImportExplanation</name>
    <message>
        <source>entry script %1</source>
        <translation>Einstiegsskript %1</translation>
    </message>
    <message>
        <source>(lazy)</source>
        <translation>(verzögert)</translation>
    </message>
    <message numerus="yes">
        <source>%1.* (%n module(s))</source>
        <translation>
            <numerusform>%1.* (%n Modul)</numerusform>
            <numerusform>%1.* (%n Module)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry script imports it: %1.</source>
        <translation>Das Einstiegsskript importiert es: %1.</translation>
    </message>
    <message>
        <source>No module of it is reachable from the entry script through top-level imports.</source>
        <translation>Keines seiner Module ist vom Einstiegsskript aus über Importe auf oberster Ebene erreichbar.</translation>
    </message>
    <message>
        <source>Only imports inside functions reach it: %1.</source>
        <translation>Nur Importe innerhalb von Funktionen erreichen es: %1.</translation>
    </message>
    <message>
        <source>Nothing in the bundle imports it.</source>
        <translation>Nichts im Bundle importiert es.</translation>
    </message>
    <message>
        <source>Imported only by %1 (test code).</source>
        <translation>Nur von %1 importiert (Testcode).</translation>
    </message>
    <message>
        <source>Imported by %1.</source>
        <translation>Importiert von %1.</translation>
    </message>
    <message>
        <source>Imported (no file in the bundle: an extension or frozen module): %1</source>
        <translation>Importiert (keine Datei im Bundle: ein Erweiterungs- oder eingefrorenes Modul): %1</translation>
    </message>
    <message>
        <source>No Python module named %1 in the bundle.</source>
        <translation>Kein Python-Modul namens %1 im Bundle.</translation>
    </message>
    <message numerus="yes">
        <source>%n Python module(s) in the bundle.</source>
        <translation>
            <numerusform>%n Python-Modul im Bundle.</numerusform>
            <numerusform>%n Python-Module im Bundle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported directly by:</source>
        <translation>Direkt importiert von:</translation>
    </message>
    <message>
        <source>The bundle has no entry script to start from.</source>
        <translation>Das Bundle hat kein Einstiegsskript als Ausgangspunkt.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ImportGraph</name>
    <message>
        <source>The app&apos;s entry script imports nothing that can be read (obfuscated or generated code?): which packages it reaches is not judged.</source>
        <translation>Das Einstiegsskript der App importiert nichts Lesbares (verschleierter oder generierter Code?): welche Pakete es erreicht, wird nicht beurteilt.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ImportGraphBuilder</name>
    <message>
        <source>The bundle&apos;s bytecode is Python %1.%2, which the import reader does not support (3.8 to 3.12): no import was read, so no package is called unreachable.</source>
        <translation>Der Bytecode des Bundles ist Python %1.%2, was der Import-Leser nicht unterstützt (3.8 bis 3.12): kein Import wurde gelesen, daher wird kein Paket als unerreichbar eingestuft.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) hold bytecode of an unsupported Python version (%1): their imports were not read.</source>
        <translation>
            <numerusform>%n Modul enthält Bytecode einer nicht unterstützten Python-Version (%1): seine Importe wurden nicht gelesen.</numerusform>
            <numerusform>%n Module enthalten Bytecode einer nicht unterstützten Python-Version (%1): ihre Importe wurden nicht gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) could not be read: their imports are unknown.</source>
        <translation>
            <numerusform>%n Modul konnte nicht gelesen werden: seine Importe sind unbekannt.</numerusform>
            <numerusform>%n Module konnten nicht gelesen werden: ihre Importe sind unbekannt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ImportReachabilityAnalyzer</name>
    <message>
        <source>Exclude %1 (never imported by the app)</source>
        <translation>%1 ausschließen (von der App nie importiert)</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s), %1 with its files.</source>
        <translation>
            <numerusform>%n Modul, %1 mit seinen Dateien.</numerusform>
            <numerusform>%n Module, %1 mit seinen Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dynamic imports exist (importlib, __import__, extension modules), which bytecode does not show; verified slimming (`bundlescope slim`) proves it.</source>
        <translation>Es gibt dynamische Importe (importlib, __import__, Erweiterungsmodule), die der Bytecode nicht zeigt; geprüftes Verschlanken (`bundlescope slim`) beweist es.</translation>
    </message>
    <message>
        <source>Add excludes=[&apos;%1&apos;] to Analysis(...) in the .spec file (or pass --exclude-module %1).</source>
        <translation>Fügen Sie excludes=[&apos;%1&apos;] zu Analysis(...) in der .spec-Datei hinzu (oder übergeben Sie --exclude-module %1).</translation>
    </message>
</context>
<context>
    <name>BundleScope::LayoutAnalyzer</name>
    <message>
        <source>One-file executable: consider a one-folder bundle</source>
        <translation>One-File-Programm: erwägen Sie ein One-Folder-Bundle</translation>
    </message>
    <message>
        <source>This one-file executable extracts %1 into a temporary folder on every start, which costs seconds and disk space each time and trips some antivirus scanners. A one-folder bundle starts in place and its archive compresses as well or better.</source>
        <translation>Dieses One-File-Programm entpackt bei jedem Start %1 in einen temporären Ordner, was jedes Mal Sekunden und Plattenplatz kostet und manche Virenscanner auslöst. Ein One-Folder-Bundle startet an Ort und Stelle, und sein Archiv komprimiert genauso gut oder besser.</translation>
    </message>
    <message>
        <source>Build with --onedir (the default), or in the .spec use EXE(..., exclude_binaries=True) followed by COLLECT(...); ship the folder as an archive or installer.</source>
        <translation>Mit --onedir bauen (Standard), oder in der .spec EXE(..., exclude_binaries=True) gefolgt von COLLECT(...) verwenden; liefern Sie den Ordner als Archiv oder Installer aus.</translation>
    </message>
    <message>
        <source>One-folder bundle: the right layout for large ML applications</source>
        <translation>One-Folder-Bundle: der richtige Aufbau für große ML-Anwendungen</translation>
    </message>
    <message>
        <source>The application starts in place without extracting anything; nothing to change.</source>
        <translation>Die Anwendung startet an Ort und Stelle, ohne etwas zu entpacken; nichts zu ändern.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
</context>
<context>
    <name>BundleScope::LayoutDetector</name>
    <message>
        <source>PyInstaller one-folder bundle (6.0 or later)</source>
        <translation>PyInstaller-One-Folder-Bundle (6.0 oder neuer)</translation>
    </message>
    <message>
        <source>PyInstaller one-folder bundle (before 6.0)</source>
        <translation>PyInstaller-One-Folder-Bundle (vor 6.0)</translation>
    </message>
    <message>
        <source>PyInstaller one-file executable</source>
        <translation>PyInstaller-One-File-Programm</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Plain folder</source>
        <translation>Einfacher Ordner</translation>
    </message>
</context>
<context>
    <name>BundleScope::MachOReader</name>
    <message>
        <source>Mach-O magic</source>
        <translation>Mach-O-Magic</translation>
    </message>
    <message>
        <source>Universal header</source>
        <translation>Universal-Header</translation>
    </message>
    <message>
        <source>Implausible number of architectures (%1)</source>
        <translation>Unplausible Anzahl von Architekturen (%1)</translation>
    </message>
    <message>
        <source>Universal architecture table</source>
        <translation>Universal-Architekturtabelle</translation>
    </message>
    <message>
        <source>Architecture %1 lies past the end of the file</source>
        <translation>Architektur %1 liegt hinter dem Dateiende</translation>
    </message>
    <message>
        <source>Mach-O header</source>
        <translation>Mach-O-Header</translation>
    </message>
    <message>
        <source>Not a Mach-O file: bad magic 0x%1</source>
        <translation>Keine Mach-O-Datei: falsche Magic 0x%1</translation>
    </message>
    <message>
        <source>Too many load commands (%1)</source>
        <translation>Zu viele Load-Commands (%1)</translation>
    </message>
    <message>
        <source>Load commands</source>
        <translation>Load-Commands</translation>
    </message>
    <message>
        <source>Load command %1 does not fit the load command area</source>
        <translation>Load-Command %1 passt nicht in den Load-Command-Bereich</translation>
    </message>
    <message>
        <source>Segment command of %1 bytes is too small</source>
        <translation>Segment-Command von %1 Bytes ist zu klein</translation>
    </message>
    <message>
        <source>Segment %1 lies past the end of the file</source>
        <translation>Segment %1 liegt hinter dem Dateiende</translation>
    </message>
    <message>
        <source>LC_SYMTAB of %1 bytes is too small</source>
        <translation>LC_SYMTAB von %1 Bytes ist zu klein</translation>
    </message>
    <message>
        <source>Load command string runs past its command (type 0x%1)</source>
        <translation>String des Load-Commands reicht über sein Command hinaus (Typ 0x%1)</translation>
    </message>
    <message>
        <source>Symbol table (%1 symbols) lies past the end of the file</source>
        <translation>Symboltabelle (%1 Symbole) liegt hinter dem Dateiende</translation>
    </message>
    <message>
        <source>String table lies past the end of the file</source>
        <translation>String-Tabelle liegt hinter dem Dateiende</translation>
    </message>
    <message>
        <source>Symbol table</source>
        <translation>Symboltabelle</translation>
    </message>
    <message>
        <source>String table</source>
        <translation>String-Tabelle</translation>
    </message>
</context>
<context>
    <name>BundleScope::Main</name>
    <message>
        <source>This build has no GUI: give a command.
</source>
        <translation>Dieser Build hat keine GUI: geben Sie einen Befehl an.
</translation>
    </message>
</context>
<context>
    <name>BundleScope::MainWindow</name>
    <message>
        <source>BundleScope</source>
        <translation>BundleScope</translation>
    </message>
    <message>
        <source>Generating the demo bundle…</source>
        <translation>Erzeuge das Demo-Bundle…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open F&amp;ile…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Bundle</source>
        <translation>&amp;Demo-Bundle öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Colour by &amp;Category</source>
        <translation>Nach &amp;Kategorie färben</translation>
    </message>
    <message>
        <source>Colour by &amp;Package</source>
        <translation>Nach &amp;Paket färben</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Open Bundle Folder</source>
        <translation>Bundle-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open One-File Executable or Archive</source>
        <translation>One-File-Programm oder Archiv öffnen</translation>
    </message>
    <message>
        <source>Bundles (*);;Archives (*.zip *.tar *.tar.gz *.tgz *.tar.xz)</source>
        <translation>Bundles (*);;Archive (*.zip *.tar *.tar.gz *.tgz *.tar.xz)</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Scanne %1…</translation>
    </message>
    <message>
        <source>%1 — BundleScope</source>
        <translation>%1 — BundleScope</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot open this bundle: %1</source>
        <translation>Dieses Bundle kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Scan cancelled</source>
        <translation>Scan abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Export Archive…</source>
        <translation>Archiv &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About BundleScope</source>
        <translation>&amp;Über BundleScope</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Colour by Ca&amp;ndidate</source>
        <translation>Nach Ka&amp;ndidat färben</translation>
    </message>
    <message>
        <source>Size Treemap by &amp;Estimated Compressed Bytes</source>
        <translation>Treemap nach &amp;geschätzten komprimierten Bytes</translation>
    </message>
    <message>
        <source>Analysing… %1 of %2</source>
        <translation>Analysiere… %1 von %2</translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation>Analyse fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n optimization candidate(s) found</source>
        <translation>
            <numerusform>%n Optimierungskandidat gefunden</numerusform>
            <numerusform>%n Optimierungskandidaten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compare With Folder…</source>
        <translation>Mit Ordner &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Compare With Fi&amp;le…</source>
        <translation>Mit &amp;Datei vergleichen…</translation>
    </message>
</context>
<context>
    <name>BundleScope::MainWindowDocks</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Size History</source>
        <translation>Größenverlauf</translation>
    </message>
    <message>
        <source>&amp;Record Size History</source>
        <translation>Größenverlauf &amp;aufzeichnen</translation>
    </message>
    <message>
        <source>Save a snapshot of every scanned bundle for the Size History</source>
        <translation>Von jedem gescannten Bundle einen Snapshot für den Größenverlauf speichern</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
</context>
<context>
    <name>BundleScope::MarkdownReportWriter</name>
    <message>
        <source>BundleScope report: %1</source>
        <translation>BundleScope-Bericht: %1</translation>
    </message>
    <message>
        <source>**%1** (%2 bytes, %3 on disk) · %4 · %5</source>
        <translation>**%1** (%2 Bytes, %3 auf dem Datenträger) · %4 · %5</translation>
    </message>
    <message>
        <source>PyInstaller: %1</source>
        <translation>PyInstaller: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::MarshalReader</name>
    <message>
        <source>Malformed marshal data at offset %1: %2</source>
        <translation>Fehlerhafte marshal-Daten bei Offset %1: %2</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>too many references</source>
        <translation>zu viele Referenzen</translation>
    </message>
    <message>
        <source>unsupported type code 0x%1</source>
        <translation>nicht unterstützter Typcode 0x%1</translation>
    </message>
    <message>
        <source>truncated integer</source>
        <translation>abgeschnittene Ganzzahl</translation>
    </message>
    <message>
        <source>bad string length</source>
        <translation>ungültige String-Länge</translation>
    </message>
    <message>
        <source>truncated string length</source>
        <translation>abgeschnittene String-Länge</translation>
    </message>
    <message>
        <source>truncated reference</source>
        <translation>abgeschnittene Referenz</translation>
    </message>
    <message>
        <source>reference %1 out of range</source>
        <translation>Referenz %1 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>string of %1 bytes runs past the end</source>
        <translation>String von %1 Bytes reicht über das Ende hinaus</translation>
    </message>
    <message>
        <source>truncated long</source>
        <translation>abgeschnittenes long</translation>
    </message>
    <message>
        <source>long runs past the end</source>
        <translation>long reicht über das Ende hinaus</translation>
    </message>
    <message>
        <source>bad long digit</source>
        <translation>ungültige long-Ziffer</translation>
    </message>
    <message>
        <source>integer too large</source>
        <translation>Ganzzahl zu groß</translation>
    </message>
    <message>
        <source>truncated tuple size</source>
        <translation>abgeschnittene Tupelgröße</translation>
    </message>
    <message>
        <source>bad sequence size</source>
        <translation>ungültige Sequenzgröße</translation>
    </message>
    <message>
        <source>sequence of %1 items cannot fit</source>
        <translation>Sequenz mit %1 Elementen passt nicht</translation>
    </message>
    <message>
        <source>unterminated dict</source>
        <translation>nicht abgeschlossenes dict</translation>
    </message>
    <message>
        <source>dict too large</source>
        <translation>dict zu groß</translation>
    </message>
    <message>
        <source>bad float</source>
        <translation>ungültiges float</translation>
    </message>
    <message>
        <source>bad complex</source>
        <translation>ungültiges complex</translation>
    </message>
    <message>
        <source>truncated code object</source>
        <translation>abgeschnittenes Codeobjekt</translation>
    </message>
</context>
<context>
    <name>BundleScope::ModelWeightsAnalyzer</name>
    <message>
        <source>not in the format its extension promises</source>
        <translation>nicht im Format, das die Endung verspricht</translation>
    </message>
    <message>
        <source>format not parsed</source>
        <translation>Format nicht ausgewertet</translation>
    </message>
    <message>
        <source>Quantize at export time (for example optimum-quanto or bitsandbytes int8) and save the quantized state dict with safetensors.torch.save_file().</source>
        <translation>Beim Export quantisieren (zum Beispiel optimum-quanto oder bitsandbytes int8) und das quantisierte State-Dict mit safetensors.torch.save_file() speichern.</translation>
    </message>
    <message>
        <source>Convert once before building: save_file({k: v.half() for k, v in load_file(path).items()}, path) (safetensors.torch), or model.half().save_pretrained(...).</source>
        <translation>Einmal vor dem Build konvertieren: save_file({k: v.half() for k, v in load_file(path).items()}, path) (safetensors.torch) oder model.half().save_pretrained(...).</translation>
    </message>
    <message>
        <source>torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8), then torch.save the quantized model.</source>
        <translation>torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8), dann das quantisierte Modell mit torch.save speichern.</translation>
    </message>
    <message>
        <source>torch.save({k: v.half() for k, v in torch.load(path).items()}, path), and call model.half() (or autocast) at load time.</source>
        <translation>torch.save({k: v.half() for k, v in torch.load(path).items()}, path), und beim Laden model.half() (oder autocast) aufrufen.</translation>
    </message>
    <message>
        <source>onnxruntime.quantization.quantize_dynamic(model_in, model_out, weight_type=QuantType.QInt8).</source>
        <translation>onnxruntime.quantization.quantize_dynamic(model_in, model_out, weight_type=QuantType.QInt8).</translation>
    </message>
    <message>
        <source>onnxconverter_common.float16.convert_float_to_float16(model, keep_io_types=True), then onnx.save().</source>
        <translation>onnxconverter_common.float16.convert_float_to_float16(model, keep_io_types=True), dann onnx.save().</translation>
    </message>
    <message>
        <source>llama.cpp: llama-quantize model.gguf model-q8_0.gguf Q8_0.</source>
        <translation>llama.cpp: llama-quantize model.gguf model-q8_0.gguf Q8_0.</translation>
    </message>
    <message>
        <source>llama.cpp: llama-quantize model.gguf model-f16.gguf F16.</source>
        <translation>llama.cpp: llama-quantize model.gguf model-f16.gguf F16.</translation>
    </message>
    <message>
        <source>Quantize %1 to int8</source>
        <translation>%1 auf int8 quantisieren</translation>
    </message>
    <message>
        <source>Store %1 in float16</source>
        <translation>%1 in float16 speichern</translation>
    </message>
    <message>
        <source>%1 of float32 weights in %2 would take a quarter of the space as int8. Quantization costs accuracy that depends on the model: measure it on your validation set. An alternative to float16, not in addition.</source>
        <translation>%1 an float32-Gewichten in %2 bräuchten als int8 ein Viertel des Platzes. Quantisierung kostet modellabhängig Genauigkeit: messen Sie sie mit Ihrem Validierungsdatensatz. Eine Alternative zu float16, keine Ergänzung.</translation>
    </message>
    <message>
        <source>%1 of float32 weights in %2 would take half the space as float16. Inference in float16 (or bfloat16, which keeps float32&apos;s range and suits recent CPUs and Ampere+ GPUs) is usually indistinguishable; check accuracy on your data.</source>
        <translation>%1 an float32-Gewichten in %2 bräuchten als float16 die Hälfte des Platzes. Inferenz in float16 (oder bfloat16, das den Wertebereich von float32 behält und zu neueren CPUs und Ampere+-GPUs passt) ist meist nicht unterscheidbar; prüfen Sie die Genauigkeit mit Ihren Daten.</translation>
    </message>
    <message>
        <source>The element type is not recorded in a form BundleScope reads: float32 is an assumption.</source>
        <translation>Der Elementtyp ist nicht in einer Form gespeichert, die BundleScope liest: float32 ist eine Annahme.</translation>
    </message>
    <message>
        <source>Exporting the model to ONNX and running it with onnxruntime could also let the bundle drop torch entirely.</source>
        <translation>Das Modell nach ONNX zu exportieren und mit onnxruntime auszuführen, könnte das Bundle auch ganz von torch befreien.</translation>
    </message>
    <message>
        <source>Download %1 at first use instead of bundling it</source>
        <translation>%1 bei der ersten Verwendung herunterladen statt mitzuliefern</translation>
    </message>
    <message>
        <source>%1 (%2) is larger than %3. Fetching it on first start (huggingface_hub.hf_hub_download, an internal artifact store) keeps the installer small and lets the model change without a rebuild; the bytes move to a download rather than disappear.</source>
        <translation>%1 (%2) ist größer als %3. Es beim ersten Start abzurufen (huggingface_hub.hf_hub_download, ein interner Artefaktspeicher) hält den Installer klein und erlaubt Modellwechsel ohne Neubau; die Bytes wandern in einen Download, statt zu verschwinden.</translation>
    </message>
    <message>
        <source>Remove the file from datas in the .spec and load it from a cache folder at run time, downloading it when missing.</source>
        <translation>Die Datei aus datas in der .spec entfernen und zur Laufzeit aus einem Cache-Ordner laden, bei Fehlen herunterladen.</translation>
    </message>
    <message>
        <source>Model file %1 is unreadable</source>
        <translation>Modelldatei %1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>Its weights could not be read (%1), so no saving is claimed.</source>
        <translation>Die Gewichte konnten nicht gelesen werden (%1), daher wird keine Einsparung angegeben.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
</context>
<context>
    <name>BundleScope::NestedBundleExtractor</name>
    <message>
        <source>There is no such item in the bundle.</source>
        <translation>Dieses Element gibt es im Bundle nicht.</translation>
    </message>
    <message>
        <source>Only a file can be opened as a bundle of its own; this is a folder or a link.</source>
        <translation>Nur eine Datei lässt sich als eigenes Bundle öffnen; dies ist ein Ordner oder eine Verknüpfung.</translation>
    </message>
    <message>
        <source>The file&apos;s name cannot be used on disk.</source>
        <translation>Der Dateiname kann auf dem Datenträger nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The content of this bundle cannot be read.</source>
        <translation>Der Inhalt dieses Bundles kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Extraction cancelled</source>
        <translation>Entpacken abgebrochen</translation>
    </message>
    <message>
        <source>Cannot read this file from the bundle: it is damaged or larger than the memory limit.</source>
        <translation>Diese Datei kann nicht aus dem Bundle gelesen werden: Sie ist beschädigt oder größer als die Speichergrenze.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>This file is %1, more than the %2 BundleScope reads from inside an archive or one-file executable.</source>
        <translation>Diese Datei ist %1 groß, mehr als die %2, die BundleScope aus einem Archiv oder einer One-File-Programmdatei liest.</translation>
    </message>
    <message>
        <source>Not enough free disk space to extract this file: it needs %1 (with %2 kept free), %3 is free.</source>
        <translation>Nicht genug freier Speicherplatz zum Entpacken dieser Datei: Sie braucht %1 (bei %2 Reserve), frei sind %3.</translation>
    </message>
    <message>
        <source>Cannot read this file from the bundle: %1</source>
        <translation>Diese Datei kann nicht aus dem Bundle gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is damaged inside the bundle: %1 bytes could be read, %2 were expected.</source>
        <translation>Die Datei ist im Bundle beschädigt: %1 Bytes konnten gelesen werden, %2 wurden erwartet.</translation>
    </message>
</context>
<context>
    <name>BundleScope::OneFileSource</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::OnnxReader</name>
    <message>
        <source>Not a readable ONNX model (protobuf structure broken at byte %1).</source>
        <translation>Kein lesbares ONNX-Modell (Protobuf-Struktur bei Byte %1 defekt).</translation>
    </message>
    <message>
        <source>Some weights live in external data files.</source>
        <translation>Einige Gewichte liegen in externen Datendateien.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ParallelGzipWriteDevice</name>
    <message>
        <source>The gzip stream can only be written, to an open device.</source>
        <translation>Der gzip-Stream kann nur auf ein geöffnetes Gerät geschrieben werden.</translation>
    </message>
    <message>
        <source>zlib could not start a deflate stream at level %1.</source>
        <translation>zlib konnte keinen Deflate-Stream mit Stufe %1 starten.</translation>
    </message>
    <message>
        <source>Could not write the compressed stream: %1</source>
        <translation>Der komprimierte Stream konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The gzip stream was aborted.</source>
        <translation>Der gzip-Datenstrom wurde abgebrochen.</translation>
    </message>
    <message>
        <source>zlib reported a stream error.</source>
        <translation>zlib meldete einen Stream-Fehler.</translation>
    </message>
</context>
<context>
    <name>BundleScope::PeReader</name>
    <message>
        <source>DOS header</source>
        <translation>DOS-Header</translation>
    </message>
    <message>
        <source>Not a PE file: no MZ signature</source>
        <translation>Keine PE-Datei: keine MZ-Signatur</translation>
    </message>
    <message>
        <source>PE signature and COFF header</source>
        <translation>PE-Signatur und COFF-Header</translation>
    </message>
    <message>
        <source>No PE signature at offset %1</source>
        <translation>Keine PE-Signatur bei Offset %1</translation>
    </message>
    <message>
        <source>Optional header</source>
        <translation>Optionaler Header</translation>
    </message>
    <message>
        <source>Unknown optional header magic 0x%1</source>
        <translation>Unbekannte Magic 0x%1 im optionalen Header</translation>
    </message>
    <message>
        <source>Optional header of %1 bytes is too small</source>
        <translation>Optionaler Header von %1 Bytes ist zu klein</translation>
    </message>
    <message>
        <source>%1 data directories do not fit the optional header</source>
        <translation>%1 Datenverzeichnisse passen nicht in den optionalen Header</translation>
    </message>
    <message>
        <source>COFF symbol table (%1 symbols) lies past the end of the file</source>
        <translation>COFF-Symboltabelle (%1 Symbole) liegt hinter dem Dateiende</translation>
    </message>
    <message>
        <source>COFF string table size</source>
        <translation>Größe der COFF-String-Tabelle</translation>
    </message>
    <message>
        <source>COFF string table of %1 bytes does not fit the file</source>
        <translation>COFF-String-Tabelle von %1 Bytes passt nicht in die Datei</translation>
    </message>
    <message>
        <source>COFF string table</source>
        <translation>COFF-String-Tabelle</translation>
    </message>
    <message>
        <source>Section table</source>
        <translation>Section-Tabelle</translation>
    </message>
    <message>
        <source>Long name of section %1 runs past the string table</source>
        <translation>Langer Name von Section %1 reicht über die String-Tabelle hinaus</translation>
    </message>
    <message>
        <source>Section %1 (%2) lies past the end of the file</source>
        <translation>Section %1 (%2) liegt hinter dem Dateiende</translation>
    </message>
    <message>
        <source>%1 at RVA 0x%2 is not inside any section</source>
        <translation>%1 bei RVA 0x%2 liegt in keiner Section</translation>
    </message>
    <message>
        <source>%1 at RVA 0x%2 has no terminating NUL</source>
        <translation>%1 bei RVA 0x%2 hat kein abschließendes NUL</translation>
    </message>
    <message>
        <source>Delay-load import directory</source>
        <translation>Verzögertes Importverzeichnis</translation>
    </message>
    <message>
        <source>Import directory</source>
        <translation>Importverzeichnis</translation>
    </message>
    <message>
        <source>%1 has no terminating entry</source>
        <translation>%1 hat keinen abschließenden Eintrag</translation>
    </message>
    <message>
        <source>Imported DLL name</source>
        <translation>Name der importierten DLL</translation>
    </message>
    <message>
        <source>Debug directory is not inside any section</source>
        <translation>Debug-Verzeichnis liegt in keiner Section</translation>
    </message>
    <message>
        <source>Debug directory</source>
        <translation>Debug-Verzeichnis</translation>
    </message>
    <message>
        <source>Debug data %1 lies past the end of the file</source>
        <translation>Debug-Daten %1 liegen hinter dem Dateiende</translation>
    </message>
</context>
<context>
    <name>BundleScope::PlainFolderScan</name>
    <message>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open the folder: %1</source>
        <translation>Der Ordner kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Der Scan wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BundleScope::PyzReader</name>
    <message>
        <source>PYZ archive truncated</source>
        <translation>PYZ-Archiv abgeschnitten</translation>
    </message>
    <message>
        <source>Not a PYZ archive (bad magic)</source>
        <translation>Kein PYZ-Archiv (falsche Magic)</translation>
    </message>
    <message>
        <source>PYZ table of contents offset %1 is out of range</source>
        <translation>Offset %1 des PYZ-Inhaltsverzeichnisses liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>PYZ table of contents truncated</source>
        <translation>PYZ-Inhaltsverzeichnis abgeschnitten</translation>
    </message>
    <message>
        <source>PYZ table of contents has an unexpected entry</source>
        <translation>PYZ-Inhaltsverzeichnis hat einen unerwarteten Eintrag</translation>
    </message>
</context>
<context>
    <name>BundleScope::PyzRewriter</name>
    <message>
        <source>The PYZ archive would exceed 2 GiB.</source>
        <translation>Das PYZ-Archiv würde 2 GiB überschreiten.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ReadErrorsBanner</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: their findings are missing from this list, and the potential may be larger.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden: Ihre Befunde fehlen in dieser Liste, und das Potenzial kann größer sein.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden: Ihre Befunde fehlen in dieser Liste, und das Potenzial kann größer sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis could not read these files completely (they changed since the scan, vanished or returned a read error). Rescan the bundle to analyse them.</source>
        <translation>Die Analyse konnte diese Dateien nicht vollständig lesen (sie haben sich seit dem Scan geändert, sind verschwunden oder lieferten einen Lesefehler). Scannen Sie das Bundle erneut, um sie zu analysieren.</translation>
    </message>
    <message>
        <source>Hide files</source>
        <translation>Dateien ausblenden</translation>
    </message>
    <message>
        <source>Show files</source>
        <translation>Dateien anzeigen</translation>
    </message>
</context>
<context>
    <name>BundleScope::ReadErrorsIndicator</name>
    <message numerus="yes">
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis: %1: %2</source>
        <translation>Analyse: %1: %2</translation>
    </message>
    <message>
        <source>Estimate: %1: %2</source>
        <translation>Schätzung: %1: %2</translation>
    </message>
</context>
<context>
    <name>BundleScope::ReadErrorsSection</name>
    <message>
        <source>Entries the analysis or the estimate could not read</source>
        <translation>Einträge, die Analyse oder Schätzung nicht lesen konnten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>BundleScope::RepeatedWeightsAnalyzer</name>
    <message>
        <source>Seeking to byte %1 failed: %2</source>
        <translation>Positionierung auf Byte %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Tensors overlap in a file that can only be read forward.</source>
        <translation>Tensoren überlappen sich in einer Datei, die nur vorwärts gelesen werden kann.</translation>
    </message>
    <message>
        <source>The file ends before byte %1: it changed since the scan.</source>
        <translation>Die Datei endet vor Byte %1: sie hat sich seit dem Scan geändert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading tensor bytes stopped after %1 of %2 bytes: the file changed since the scan.</source>
        <translation>Das Lesen der Tensor-Bytes endete nach %1 von %2 Bytes: die Datei hat sich seit dem Scan geändert.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>is a whole pickled model (class %1), not a state dict; it</source>
        <translation>ist ein vollständiges gepickeltes Modell (Klasse %1), kein State-Dict; es</translation>
    </message>
    <message>
        <source>model.load_state_dict(safetensors.torch.load_file(path))</source>
        <translation>model.load_state_dict(safetensors.torch.load_file(path))</translation>
    </message>
    <message>
        <source>model.load_state_dict(torch.load(path, map_location=&quot;cpu&quot;))</source>
        <translation>model.load_state_dict(torch.load(path, map_location=&quot;cpu&quot;))</translation>
    </message>
    <message>
        <source>torch.load(path, weights_only=False)</source>
        <translation>torch.load(path, weights_only=False)</translation>
    </message>
    <message>
        <source>onnxruntime.InferenceSession(path)</source>
        <translation>onnxruntime.InferenceSession(path)</translation>
    </message>
    <message>
        <source>llama_cpp.Llama(model_path=path)</source>
        <translation>llama_cpp.Llama(model_path=path)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n of the same tensors (%2, e.g. %3).</source>
        <translation>
            <numerusform>%1 enthält %n übereinstimmenden Tensor (%2, z. B. %3).</numerusform>
            <numerusform>%1 enthält %n übereinstimmende Tensoren (%2, z. B. %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also holds %n tensor(s) (%1) the kept file lacks.</source>
        <translation>
            <numerusform>Sie enthält außerdem %n Tensor (%1), der der behaltenen Datei fehlt.</numerusform>
            <numerusform>Sie enthält außerdem %n Tensoren (%1), die der behaltenen Datei fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same weights in %1 files: keep %2</source>
        <translation>Gleiche Gewichte in %1 Dateien: %2 behalten</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tensor(s) (%2).</source>
        <translation>
            <numerusform>%1 enthält %n Tensor (%2).</numerusform>
            <numerusform>%1 enthält %n Tensoren (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Same bytes in another container: the app needs one of them.</source>
        <translation>Gleiche Bytes in einem anderen Container: die App braucht nur einen davon.</translation>
    </message>
    <message>
        <source>A whole pickled model needs its class&apos;s code at load time and unpickles arbitrary objects; the state dict of the same tensors is the safer file to keep.</source>
        <translation>Ein vollständiges gepickeltes Modell braucht beim Laden den Code seiner Klasse und entpickelt beliebige Objekte; sicherer ist es, das State-Dict derselben Tensoren zu behalten.</translation>
    </message>
    <message>
        <source>Keep %1 and load it with %2; remove the code that loads %3. Then drop those files from datas: list only %1 in datas, or add after Analysis(...) in the .spec file:</source>
        <translation>Behalten Sie %1 und laden Sie die Datei mit %2; entfernen Sie den Code, der %3 lädt. Nehmen Sie diese Dateien dann aus datas heraus: führen Sie nur %1 in datas auf, oder fügen Sie nach Analysis(...) in der .spec-Datei ein:</translation>
    </message>
    <message>
        <source>%1 and %2 share most of their weights</source>
        <translation>%1 und %2 teilen die meisten ihrer Gewichte</translation>
    </message>
    <message>
        <source>%1 tensors (%2, e.g. %3) are the same bytes in %4 and %5, but %6 tensors (%7) of %4 and %8 tensors (%9) of %5 differ: not the same model, so neither file can simply go.</source>
        <translation>%1 Tensoren (%2, z. B. %3) sind in %4 und %5 byte-gleich, aber %6 Tensoren (%7) von %4 und %8 Tensoren (%9) von %5 unterscheiden sich: nicht dasselbe Modell, daher kann keine der beiden Dateien einfach weg.</translation>
    </message>
    <message>
        <source>None by itself. If both should be the same model, export them again from one checkpoint and ship one.</source>
        <translation>Keine von sich aus. Wenn beide dasselbe Modell sein sollen, exportieren Sie sie erneut aus einem Checkpoint und liefern Sie nur eine Datei aus.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ReportCommand</name>
    <message>
        <source>Scanning: %1 files, %2</source>
        <translation>Scanne: %1 Dateien, %2</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Scans a bundle and prints its size report (totals, categories, packages, largest files).</source>
        <translation>Scannt ein Bundle und gibt seinen Größenbericht aus (Summen, Kategorien, Pakete, größte Dateien).</translation>
    </message>
    <message>
        <source>report [options] PATH</source>
        <translation>report [Optionen] PFAD</translation>
    </message>
    <message>
        <source>The bundle: a dist/&lt;app&gt; folder, a one-file executable or an archive.</source>
        <translation>Das Bundle: ein dist/&lt;app&gt;-Ordner, ein One-File-Programm oder ein Archiv.</translation>
    </message>
    <message>
        <source>Output format: %1 (default: text).</source>
        <translation>Ausgabeformat: %1 (Standard: text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Number of largest files and packages listed (default: %1).</source>
        <translation>Anzahl der aufgeführten größten Dateien und Pakete (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Writes the report to FILE instead of standard output.</source>
        <translation>Schreibt den Bericht in DATEI statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Also runs the analyzers and lists optimization candidates and the overall potential saving.</source>
        <translation>Führt auch die Analysen aus und listet Optimierungskandidaten und die mögliche Gesamteinsparung.</translation>
    </message>
    <message>
        <source>With --candidates: lists only candidates saving at least SIZE (e.g. 10MB).</source>
        <translation>Mit --candidates: listet nur Kandidaten, die mindestens GRÖSSE sparen (z. B. 10MB).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>Also estimates the tar.gz, zip, tar.xz and tar.zst archive sizes (sampled).</source>
        <translation>Schätzt auch die Archivgrößen für tar.gz, zip, tar.xz und tar.zst (per Stichprobe).</translation>
    </message>
    <message>
        <source>Also saves a snapshot of the scan to FILE (see bundlescope snapshot).</source>
        <translation>Speichert auch einen Snapshot des Scans in DATEI (siehe bundlescope snapshot).</translation>
    </message>
    <message>
        <source>bundlescope report: missing PATH.</source>
        <translation>bundlescope report: PFAD fehlt.</translation>
    </message>
    <message>
        <source>bundlescope report: only one PATH, please.</source>
        <translation>bundlescope report: bitte nur einen PFAD.</translation>
    </message>
    <message>
        <source>bundlescope report: unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation>bundlescope report: unbekanntes Format „%1“; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>bundlescope report: --top needs a positive whole number, not &quot;%1&quot;.</source>
        <translation>bundlescope report: --top braucht eine positive ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>bundlescope report: --min-saving needs a size such as 10MB, not &quot;%1&quot;.</source>
        <translation>bundlescope report: --min-saving braucht eine Größe wie 10MB, nicht „%1“.</translation>
    </message>
    <message>
        <source>bundlescope report: %1</source>
        <translation>bundlescope report: %1</translation>
    </message>
    <message>
        <source>With --candidates: also advises (and counts in the potential) low-confidence candidates, e.g. libraries nothing links that may still be loaded at run time. Test the bundle after applying them.</source>
        <translation>Mit --candidates: empfiehlt auch Kandidaten mit niedriger Konfidenz (und zählt sie zum Potenzial), z. B. Bibliotheken, die nichts linkt, die aber zur Laufzeit trotzdem geladen werden können. Testen Sie das Bundle, nachdem Sie sie angewendet haben.</translation>
    </message>
    <message>
        <source>warning: a snapshot holds no file contents: no archive size is estimated.</source>
        <translation>Warnung: Ein Schnappschuss enthält keine Dateiinhalte: Es wird keine Archivgröße geschätzt.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ReportTables</name>
    <message>
        <source>%1 files, %2 folders, %3 symlinks, %4 errors</source>
        <translation>%1 Dateien, %2 Ordner, %3 Symlinks, %4 Fehler</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Packages (largest %1 of %2)</source>
        <translation>Pakete (größte %1 von %2)</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Largest files</source>
        <translation>Größte Dateien</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) not shown; the JSON report lists all.</source>
        <translation>
            <numerusform>%n weiterer Fehler nicht angezeigt; der JSON-Bericht listet alle.</numerusform>
            <numerusform>%n weitere Fehler nicht angezeigt; der JSON-Bericht listet alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Python %1, bootloader %2, PKG %3, PYZ %4</source>
        <translation>Python %1, Bootloader %2, PKG %3, PYZ %4</translation>
    </message>
    <message>
        <source>one-file: unpacks to a temporary folder at every start (a one-folder bundle starts faster)</source>
        <translation>One-File: entpackt sich bei jedem Start in einen temporären Ordner (ein One-Folder-Bundle startet schneller)</translation>
    </message>
    <message>
        <source>What loads the largest native files</source>
        <translation>Was die größten nativen Dateien lädt</translation>
    </message>
    <message>
        <source>Shortest chain from each file to the extension module or launcher that loads it first.</source>
        <translation>Kürzeste Kette von jeder Datei zum Erweiterungsmodul oder Starter, das sie zuerst lädt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Gebraucht von</translation>
    </message>
    <message>
        <source>Excluding saves: what leaves the bundle when only this package is excluded. Native libraries other packages also need stay; they belong to the package whose folder or name family they carry, or to a &quot;shared&quot; entry that lists the packages needing them.</source>
        <translation>Ausschließen spart: was das Bundle verlässt, wenn nur dieses Paket ausgeschlossen wird. Native Bibliotheken, die auch andere Pakete brauchen, bleiben; sie gehören zu dem Paket, dessen Ordner oder Namensfamilie sie tragen, oder zu einem „shared“-Eintrag, der die Pakete auflistet, die sie brauchen.</translation>
    </message>
    <message>
        <source>Excluding saves</source>
        <translation>Ausschließen spart</translation>
    </message>
    <message>
        <source>Also needed by</source>
        <translation>Auch gebraucht von</translation>
    </message>
</context>
<context>
    <name>BundleScope::SafetensorsReader</name>
    <message>
        <source>Not a safetensors file: shorter than its 8-byte header length.</source>
        <translation>Keine safetensors-Datei: kürzer als ihre 8-Byte-Headerlänge.</translation>
    </message>
    <message>
        <source>safetensors header of %1 bytes exceeds the 100 MB limit.</source>
        <translation>safetensors-Header von %1 Bytes überschreitet die Grenze von 100 MB.</translation>
    </message>
    <message>
        <source>safetensors header length %1 does not fit the file.</source>
        <translation>safetensors-Headerlänge %1 passt nicht zur Datei.</translation>
    </message>
    <message>
        <source>safetensors header is truncated.</source>
        <translation>safetensors-Header ist abgeschnitten.</translation>
    </message>
    <message>
        <source>safetensors header is not a JSON object: %1</source>
        <translation>safetensors-Header ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>safetensors tensor &quot;%1&quot; lacks dtype or data_offsets.</source>
        <translation>safetensors-Tensor „%1“ fehlt dtype oder data_offsets.</translation>
    </message>
    <message>
        <source>safetensors tensor &quot;%1&quot; has data_offsets outside the file.</source>
        <translation>safetensors-Tensor „%1“ hat data_offsets außerhalb der Datei.</translation>
    </message>
    <message>
        <source>safetensors tensor &quot;%1&quot; has an invalid shape.</source>
        <translation>safetensors-Tensor „%1“ hat eine ungültige Form.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ScanProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>Scanne %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in %2 s</source>
        <translation>
            <numerusform>%n Datei, %1 in %2 s</numerusform>
            <numerusform>%n Dateien, %1 in %2 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::Screenshotter</name>
    <message>
        <source>Timed out waiting for the bundle to open and render</source>
        <translation>Zeitüberschreitung beim Warten auf Öffnen und Rendern des Bundles</translation>
    </message>
    <message>
        <source>Cannot open the bundle: %1</source>
        <translation>Das Bundle kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The scan was cancelled</source>
        <translation>Der Scan wurde abgebrochen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The window could not be rendered</source>
        <translation>Das Fenster konnte nicht gerendert werden</translation>
    </message>
    <message>
        <source>Cannot write the screenshot: %1</source>
        <translation>Der Screenshot kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Verification cannot run on this bundle: %1</source>
        <translation>Die Prüfung kann für dieses Bundle nicht laufen: %1</translation>
    </message>
    <message>
        <source>The verification did not finish: %1</source>
        <translation>Die Prüfung wurde nicht abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimCandidates</name>
    <message>
        <source>rewrites binaries (strip) instead of removing files; apply it in the .spec and re-run slim</source>
        <translation>schreibt Binärdateien neu (strip), statt Dateien zu entfernen; wenden Sie die Änderung in der .spec an und führen Sie slim erneut aus</translation>
    </message>
    <message>
        <source>rewrites binaries (UPX) instead of removing files; apply it in the .spec and re-run slim</source>
        <translation>schreibt Binärdateien neu (UPX), statt Dateien zu entfernen; wenden Sie die Änderung in der .spec an und führen Sie slim erneut aus</translation>
    </message>
    <message>
        <source>needs a code change (converting or loading the weights differently)</source>
        <translation>braucht eine Codeänderung (die Gewichte anders konvertieren oder laden)</translation>
    </message>
    <message>
        <source>needs a rebuild with another layout</source>
        <translation>braucht einen Neubau mit anderem Aufbau</translation>
    </message>
    <message>
        <source>removes no files on its own; needs a code change or a rebuild</source>
        <translation>entfernt von sich aus keine Dateien; braucht eine Codeänderung oder einen Neubau</translation>
    </message>
    <message>
        <source>its files are members of the launcher&apos;s archive other than PYZ modules; verifying them needs a rebuild</source>
        <translation>seine Dateien sind Einträge im Archiv des Starters, aber keine PYZ-Module; sie zu prüfen erfordert einen Neubau</translation>
    </message>
    <message numerus="yes">
        <source>%n launcher member(s) other than PYZ modules stay (not verified)</source>
        <translation>
            <numerusform>%n Starter-Eintrag, der kein PYZ-Modul ist, bleibt (nicht geprüft)</numerusform>
            <numerusform>%n Starter-Einträge, die keine PYZ-Module sind, bleiben (nicht geprüft)</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate with the id %1 (bundlescope report PATH --candidates lists them).</source>
        <translation>Kein Kandidat mit der Id %1 (bundlescope report PFAD --candidates listet sie auf).</translation>
    </message>
    <message>
        <source>Folder %1, not opened in the traced run</source>
        <translation>Ordner %1, im Trace-Lauf nicht geöffnet</translation>
    </message>
    <message>
        <source>%1, not opened in the traced run</source>
        <translation>%1, im Trace-Lauf nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimCommand</name>
    <message>
        <source>Finds which candidates the app really runs without, by running it on a copy, and writes the slimmed bundle.</source>
        <translation>Findet heraus, ohne welche Kandidaten die App wirklich läuft, indem es sie auf einer Kopie ausführt, und schreibt das verschlankte Bundle.</translation>
    </message>
    <message>
        <source>slim [options] PATH --run CMD</source>
        <translation>slim [Optionen] PFAD --run BEFEHL</translation>
    </message>
    <message>
        <source>The one-folder bundle (dist/&lt;app&gt;) or an archive of it.</source>
        <translation>Das One-Folder-Bundle (dist/&lt;app&gt;) oder ein Archiv davon.</translation>
    </message>
    <message>
        <source>The command that checks the app, run by /bin/sh -c in the copy&apos;s top folder (e.g. &quot;./app --selftest&quot;).</source>
        <translation>Der Befehl, der die App prüft, ausgeführt mit /bin/sh -c im obersten Ordner der Kopie (z. B. „./app --selftest“).</translation>
    </message>
    <message>
        <source>CMD</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>Text the command&apos;s output must contain to pass (besides exit status 0).</source>
        <translation>Text, den die Ausgabe des Befehls enthalten muss, damit er besteht (neben Exit-Status 0).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Seconds before a run is killed and counted as failed (default: 120).</source>
        <translation>Sekunden, bevor ein Lauf beendet wird und als fehlgeschlagen gilt (Standard: 120).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>advised (default), all, or a comma-separated list of candidate ids.</source>
        <translation>advised (Standard), all oder eine kommagetrennte Liste von Kandidaten-Ids.</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>WELCHE</translation>
    </message>
    <message>
        <source>Record the baseline run with strace and also try removing large files and folders it never opened.</source>
        <translation>Zeichnet den Basislauf mit strace auf und versucht außerdem, große Dateien und Ordner zu entfernen, die er nie geöffnet hat.</translation>
    </message>
    <message>
        <source>Write the slimmed bundle: FILE.tar.gz, .zip, .tar.xz, .tar.zst, or a new DIR.</source>
        <translation>Schreibt das verschlankte Bundle: als DATEI.tar.gz, .zip, .tar.xz, .tar.zst oder in einen neuen ORDNER.</translation>
    </message>
    <message>
        <source>FILE|DIR</source>
        <translation>DATEI|ORDNER</translation>
    </message>
    <message>
        <source>text or json (default: text).</source>
        <translation>text oder json (Standard: text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>bundlescope slim: needs one PATH, --run CMD, a --timeout of at least 1 second and --format text|json.</source>
        <translation>bundlescope slim: braucht einen PFAD, --run BEFEHL, ein --timeout von mindestens 1 Sekunde und --format text|json.</translation>
    </message>
    <message>
        <source>bundlescope slim: %1 exists already; choose a new --out.</source>
        <translation>bundlescope slim: %1 existiert bereits; wählen Sie ein neues --out.</translation>
    </message>
    <message>
        <source>bundlescope slim: %1</source>
        <translation>bundlescope slim: %1</translation>
    </message>
    <message>
        <source>bundlescope slim: the untouched bundle does not pass (%1); nothing was tried or written. Last lines of its output:</source>
        <translation>bundlescope slim: das unveränderte Bundle besteht nicht (%1); nichts wurde versucht oder geschrieben. Letzte Zeilen seiner Ausgabe:</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Schreibe %1…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 s): %3.</source>
        <translation>%1 geschrieben (%2 s): %3.</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimEngine</name>
    <message numerus="yes">
        <source>trial %1: %n candidate(s) removed (%2): %3 in %4 s (+%5 s)%6</source>
        <translation>
            <numerusform>Versuch %1: %n Kandidat entfernt (%2): %3 in %4 s (+%5 s)%6</numerusform>
            <numerusform>Versuch %1: %n Kandidaten entfernt (%2): %3 in %4 s (+%5 s)%6</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Copying %1 to a working folder…</source>
        <translation>Kopiere %1 in einen Arbeitsordner…</translation>
    </message>
    <message>
        <source>strace is not installed (apt-get install strace): no unused-in-the-run candidates.</source>
        <translation>strace ist nicht installiert (apt-get install strace): keine Kandidaten aus Dateien, die im Lauf ungenutzt blieben.</translation>
    </message>
    <message>
        <source>Baseline run (traced)…</source>
        <translation>Basislauf (mit Trace)…</translation>
    </message>
    <message>
        <source>Baseline run…</source>
        <translation>Basislauf…</translation>
    </message>
    <message numerus="yes">
        <source>The traced run touched %n path(s); %1 unused file(s)/folder(s) become candidates.</source>
        <translation>
            <numerusform>Der Trace-Lauf berührte %n Pfad; %1 ungenutzte Dateien oder Ordner werden zu Kandidaten.</numerusform>
            <numerusform>Der Trace-Lauf berührte %n Pfade; %1 ungenutzte Dateien oder Ordner werden zu Kandidaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>not opened in the traced run; the app passes without it</source>
        <translation>im Trace-Lauf nicht geöffnet; die App besteht ohne ihn</translation>
    </message>
    <message>
        <source>the app passes without it</source>
        <translation>die App besteht ohne ihn</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimInput</name>
    <message>
        <source>No such file or folder.</source>
        <translation>Keine solche Datei und kein solcher Ordner.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>This is a one-file executable: its files exist only while it runs, unpacked to a temporary folder, so slim cannot remove them one by one. Rebuild the app one-folder (pyinstaller --onedir) to slim it; &quot;bundlescope report&quot; still shows its contents.</source>
        <translation>Dies ist ein One-File-Programm: seine Dateien existieren nur, während es läuft, entpackt in einen temporären Ordner, daher kann slim sie nicht einzeln entfernen. Bauen Sie die App als One-Folder neu (pyinstaller --onedir), um sie zu verschlanken; „bundlescope report“ zeigt ihren Inhalt trotzdem an.</translation>
    </message>
    <message>
        <source>This is neither a one-folder bundle nor an archive of one (.zip, .tar, .tar.gz, .tar.xz, .tar.bz2, .tar.zst).</source>
        <translation>Dies ist weder ein One-Folder-Bundle noch ein Archiv eines solchen (.zip, .tar, .tar.gz, .tar.xz, .tar.bz2, .tar.zst).</translation>
    </message>
    <message>
        <source>Cannot open the archive: %1</source>
        <translation>Das Archiv kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot extract the archive.</source>
        <translation>Das Archiv kann nicht entpackt werden.</translation>
    </message>
    <message>
        <source>Cannot rename the extracted folder.</source>
        <translation>Der entpackte Ordner kann nicht umbenannt werden.</translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %n bundles (%1); slim works on one app: extract the archive and slim one folder.</source>
        <translation>
            <numerusform>Das Archiv enthält %n Bundle (%1); slim arbeitet mit einer einzigen App: entpacken Sie das Archiv und verschlanken Sie einen Ordner.</numerusform>
            <numerusform>Das Archiv enthält %n Bundles (%1); slim arbeitet mit einer einzigen App: entpacken Sie das Archiv und verschlanken Sie einen Ordner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimOutput</name>
    <message numerus="yes">
        <source>; the launcher rewritten without %n PYZ module(s)</source>
        <translation>
            <numerusform>; der Starter ohne %n PYZ-Modul neu geschrieben</numerusform>
            <numerusform>; der Starter ohne %n PYZ-Module neu geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>The destination exists already.</source>
        <translation>Das Ziel existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot move the slimmed bundle into place.</source>
        <translation>Das verschlankte Bundle kann nicht an seinen Platz verschoben werden.</translation>
    </message>
    <message>
        <source>a copy of the bundle with the verified removals applied (duplicates as relative symlinks)</source>
        <translation>eine Kopie des Bundles mit angewandten geprüften Entfernungen (Duplikate als relative Symlinks)</translation>
    </message>
    <message>
        <source>written by the exporter from a trimmed copy of the bundle (verified removals applied, duplicates as relative symlinks, the launcher as one file)</source>
        <translation>vom Exporter aus einer gekürzten Kopie des Bundles geschrieben (geprüfte Entfernungen angewandt, Duplikate als relative Symlinks, der Starter als eine Datei)</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimReportWriter</name>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>bricht</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %1 -&gt; %2 (%3), %n trial(s), %4 s</source>
        <translation>
            <numerusform>Geprüft: %1 -&gt; %2 (%3), %n Versuch, %4 s</numerusform>
            <numerusform>Geprüft: %1 -&gt; %2 (%3), %n Versuche, %4 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Einsparung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Baseline %1 s; overhead per trial %2 s on average, %3 s at most; working copy made in %4 s.</source>
        <translation>Basislauf %1 s; Mehraufwand pro Versuch im Mittel %2 s, höchstens %3 s; Arbeitskopie in %4 s erstellt.</translation>
    </message>
    <message>
        <source>PyInstaller .spec changes for the verified removals:</source>
        <translation>PyInstaller-.spec-Änderungen für die geprüften Entfernungen:</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimResultStore</name>
    <message>
        <source>Cannot remember the verification in %1: %2</source>
        <translation>Die Prüfung kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimVerdictStyle</name>
    <message>
        <source>Verified: can be removed</source>
        <translation>Geprüft: kann entfernt werden</translation>
    </message>
    <message>
        <source>Breaks the app</source>
        <translation>Bricht die App</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimVerifyDialog</name>
    <message>
        <source>Verify Slimming</source>
        <translation>Verschlanken prüfen</translation>
    </message>
    <message numerus="yes">
        <source>BundleScope copies the bundle to a temporary folder, runs the command there untouched, then without the %n checked candidate(s), and narrows down any that break the app. The bundle itself is never changed.</source>
        <translation>
            <numerusform>BundleScope kopiert das Bundle in einen temporären Ordner, führt den Befehl dort unverändert aus, dann ohne den %n markierten Kandidaten, und grenzt ein, was die App bricht. Das Bundle selbst wird nie verändert.</numerusform>
            <numerusform>BundleScope kopiert das Bundle in einen temporären Ordner, führt den Befehl dort unverändert aus, dann ohne die %n markierten Kandidaten, und grenzt ein, welche die App brechen. Das Bundle selbst wird nie verändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. ./app --selftest</source>
        <translation>z. B. ./app --selftest</translation>
    </message>
    <message>
        <source>Run by /bin/sh -c in the copy&apos;s top folder; it passes when it exits with status 0.</source>
        <translation>Läuft mit /bin/sh -c im obersten Ordner der Kopie; bestanden, wenn er mit Status 0 endet.</translation>
    </message>
    <message>
        <source>optional, e.g. self-test ok</source>
        <translation>optional, z. B. self-test ok</translation>
    </message>
    <message>
        <source>When set, the command&apos;s output (stdout and stderr) must also contain this text.</source>
        <translation>Wenn gesetzt, muss die Ausgabe des Befehls (stdout und stderr) außerdem diesen Text enthalten.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A run that takes longer is killed with its child processes and counts as failed.</source>
        <translation>Ein Lauf, der länger dauert, wird samt Kindprozessen beendet und gilt als fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;Expected output:</source>
        <translation>&amp;Erwartete Ausgabe:</translation>
    </message>
    <message>
        <source>&amp;Timeout per run:</source>
        <translation>&amp;Zeitlimit pro Lauf:</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimVerifyPanel</name>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A one-file executable unpacks its files only while it runs, so they cannot be left out one by one. Rebuild the app one-folder (PyInstaller --onedir) to verify slimming.</source>
        <translation>Eine One-File-Datei entpackt ihre Dateien nur während sie läuft; sie lassen sich nicht einzeln weglassen. Bauen Sie die App als One-Folder (PyInstaller --onedir), um das Verschlanken zu prüfen.</translation>
    </message>
    <message>
        <source>Verification runs the app from a folder: extract the archive and open the folder, or run bundlescope slim ARCHIVE --run CMD.</source>
        <translation>Die Prüfung startet die App aus einem Ordner: Archiv entpacken und den Ordner öffnen, oder bundlescope slim ARCHIV --run BEFEHL ausführen.</translation>
    </message>
    <message>
        <source>A snapshot holds no files to run: open the bundle itself to verify slimming.</source>
        <translation>Ein Snapshot enthält keine ausführbaren Dateien: Öffnen Sie das Bundle selbst, um das Verschlanken zu prüfen.</translation>
    </message>
    <message>
        <source>Open a bundle and wait for its analysis to finish.</source>
        <translation>Öffnen Sie ein Bundle und warten Sie, bis seine Analyse fertig ist.</translation>
    </message>
    <message>
        <source>A verification is running.</source>
        <translation>Eine Prüfung läuft.</translation>
    </message>
    <message>
        <source>Check the candidates to verify.</source>
        <translation>Markieren Sie die zu prüfenden Kandidaten.</translation>
    </message>
    <message>
        <source>Run the app on a copy of the bundle without the checked candidates, and find out which ones it really runs without</source>
        <translation>Die App auf einer Kopie des Bundles ohne die markierten Kandidaten starten und herausfinden, ohne welche sie wirklich läuft</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling: stopping the app and removing the working copy…</source>
        <translation>Abbruch: App wird beendet und Arbeitskopie entfernt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Trial %1: without %2</source>
        <translation>Versuch %1: ohne %2</translation>
    </message>
    <message>
        <source>%1 · %2 elapsed</source>
        <translation>%1 · %2 vergangen</translation>
    </message>
    <message>
        <source>The untouched bundle does not pass &quot;%1&quot; (%2): nothing was tried. Check the command in a terminal first.</source>
        <translation>Das unveränderte Bundle besteht „%1“ nicht (%2): nichts wurde versucht. Prüfen Sie den Befehl zuerst in einem Terminal.</translation>
    </message>
    <message>
        <source>Verification cancelled; the app was stopped and the working copy removed.</source>
        <translation>Prüfung abgebrochen; die App wurde beendet und die Arbeitskopie entfernt.</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verified: %1 -&gt; %2 (%3)</source>
        <translation>Geprüft: %1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>%1 removable</source>
        <translation>%1 entfernbar</translation>
    </message>
    <message>
        <source>%1 breaking</source>
        <translation>%1 brechen</translation>
    </message>
    <message>
        <source>%1 not tried</source>
        <translation>%1 nicht versucht</translation>
    </message>
    <message>
        <source>trials: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::SnapshotCommand</name>
    <message>
        <source>Scans a bundle and saves a snapshot file that compare, report and the GUI open without the bundle.</source>
        <translation>Scannt ein Bundle und speichert eine Snapshot-Datei, die compare, report und die GUI ohne das Bundle öffnen.</translation>
    </message>
    <message>
        <source>snapshot [options] PATH --out FILE</source>
        <translation>snapshot [Optionen] PFAD --out DATEI</translation>
    </message>
    <message>
        <source>The bundle: a folder, a one-file executable or an archive.</source>
        <translation>Das Bundle: ein Ordner, ein One-File-Programm oder ein Archiv.</translation>
    </message>
    <message>
        <source>The snapshot file to write, e.g. app.bundlescope.json (gzip-compressed when it ends in .gz).</source>
        <translation>Die zu schreibende Snapshot-Datei, z. B. app.bundlescope.json (gzip-komprimiert, wenn sie auf .gz endet).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Also runs the analyzers and stores the candidates in the snapshot.</source>
        <translation>Führt auch die Analysen aus und speichert die Kandidaten im Snapshot.</translation>
    </message>
    <message>
        <source>bundlescope snapshot: needs one PATH and --out FILE.</source>
        <translation>bundlescope snapshot: braucht einen PFAD und --out DATEI.</translation>
    </message>
    <message>
        <source>bundlescope snapshot: %1</source>
        <translation>bundlescope snapshot: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::SnapshotReader</name>
    <message>
        <source>The compressed snapshot cannot be opened.</source>
        <translation>Der komprimierte Snapshot kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The compressed snapshot is corrupt or truncated.</source>
        <translation>Der komprimierte Snapshot ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The compressed snapshot is empty or truncated.</source>
        <translation>Der komprimierte Snapshot ist leer oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The snapshot cannot be opened: %1</source>
        <translation>Der Snapshot kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The snapshot is not valid JSON (%1 at byte %2).</source>
        <translation>Der Snapshot ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The snapshot is not a JSON object.</source>
        <translation>Der Snapshot ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is not a BundleScope snapshot (schema &quot;%1&quot;).</source>
        <translation>Dies ist kein BundleScope-Snapshot (Schema „%1“).</translation>
    </message>
    <message>
        <source>The snapshot schema &quot;%1&quot; has no valid version.</source>
        <translation>Das Snapshot-Schema „%1“ hat keine gültige Version.</translation>
    </message>
    <message>
        <source>The snapshot uses format version %1; this BundleScope reads version %2 only. Update BundleScope.</source>
        <translation>Der Snapshot verwendet Formatversion %1; dieses BundleScope liest nur Version %2. Aktualisieren Sie BundleScope.</translation>
    </message>
    <message>
        <source>The snapshot has no nodes or no package table.</source>
        <translation>Der Snapshot hat keine Knoten oder keine Pakettabelle.</translation>
    </message>
    <message>
        <source>Node %1 of the snapshot is inconsistent.</source>
        <translation>Knoten %1 des Snapshots ist inkonsistent.</translation>
    </message>
</context>
<context>
    <name>BundleScope::SnapshotSource</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BundleScope::SnapshotWriter</name>
    <message>
        <source>The snapshot could not be compressed.</source>
        <translation>Der Snapshot konnte nicht komprimiert werden.</translation>
    </message>
    <message>
        <source>The snapshot could not be written: %1</source>
        <translation>Der Snapshot konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The snapshot could not be written (%1 of %2 bytes): %3</source>
        <translation>Der Snapshot konnte nicht geschrieben werden (%1 von %2 Bytes): %3</translation>
    </message>
</context>
<context>
    <name>BundleScope::SourceFactory</name>
    <message>
        <source>No such file or folder.</source>
        <translation>Keine solche Datei und kein solcher Ordner.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This file is neither a PyInstaller one-file executable nor a supported archive (.zip, .whl, .tar, .tar.gz, .tar.xz, .tar.bz2, .tar.zst).</source>
        <translation>Diese Datei ist weder ein PyInstaller-One-File-Programm noch ein unterstütztes Archiv (.zip, .whl, .tar, .tar.gz, .tar.xz, .tar.bz2, .tar.zst).</translation>
    </message>
    <message>
        <source>This is neither a folder nor a file.</source>
        <translation>Dies ist weder ein Ordner noch eine Datei.</translation>
    </message>
</context>
<context>
    <name>BundleScope::SpecFragmentDialog</name>
    <message>
        <source>Spec fragment</source>
        <translation>Spec-Fragment</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save spec fragment</source>
        <translation>Spec-Fragment speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Python files (*.py);;All files (*)</source>
        <translation>Python-Dateien (*.py);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>BundleScope::SpecFragmentGenerator</name>
    <message>
        <source># After COLLECT(...): replace duplicate copies with relative symlinks (Linux/macOS one-folder builds).
</source>
        <translation># Nach COLLECT(...): doppelte Kopien durch relative Symlinks ersetzen (Linux/macOS-One-Folder-Builds).
</translation>
    </message>
    <message>
        <source># Pass these to EXE(...) and COLLECT(...):
</source>
        <translation># Diese an EXE(...) und COLLECT(...) übergeben:
</translation>
    </message>
    <message numerus="yes">
        <source># BundleScope spec fragment for %1: %n change(s), saving about %2 of %3 (%4).
</source>
        <translation>
            <numerusform># BundleScope-Spec-Fragment für %1: %n Änderung, spart etwa %2 von %3 (%4).
</numerusform>
            <numerusform># BundleScope-Spec-Fragment für %1: %n Änderungen, spart etwa %2 von %3 (%4).
</numerusform>
        </translation>
    </message>
    <message>
        <source># Merge it into your .spec file: each section says where it goes.
</source>
        <translation># Fügen Sie es in Ihre .spec-Datei ein: jeder Abschnitt sagt, wohin er gehört.
</translation>
    </message>
    <message>
        <source>
# Pass to Analysis(...): a = Analysis([...], excludes=bundlescope_excludes, ...)
</source>
        <translation>
# An Analysis(...) übergeben: a = Analysis([...], excludes=bundlescope_excludes, ...)
</translation>
    </message>
    <message>
        <source>
# After a = Analysis(...): stop collecting these files.
</source>
        <translation>
# Nach a = Analysis(...): diese Dateien nicht mehr sammeln.
</translation>
    </message>
    <message>
        <source>Outside the spec file:</source>
        <translation>Außerhalb der Spec-Datei:</translation>
    </message>
</context>
<context>
    <name>BundleScope::StripAnalyzer</name>
    <message>
        <source>Set strip=True in EXE() and COLLECT() of the .spec file. PyInstaller then runs `strip` on every collected binary (`strip -S`, debug symbols only, on macOS).</source>
        <translation>Setzen Sie strip=True in EXE() und COLLECT() der .spec-Datei. PyInstaller führt dann `strip` auf jedem gesammelten Binärprogramm aus (`strip -S`, nur Debug-Symbole, unter macOS).</translation>
    </message>
    <message numerus="yes">
        <source>Strip symbols and debug info from %n Linux binaries</source>
        <translation>
            <numerusform>Symbole und Debug-Infos aus %n Linux-Binärdatei entfernen</numerusform>
            <numerusform>Symbole und Debug-Infos aus %n Linux-Binärdateien entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>These ELF files carry symbol tables or DWARF debug sections that nothing needs at run time. The saving is exact: it is computed from the layout strip writes.</source>
        <translation>Diese ELF-Dateien tragen Symboltabellen oder DWARF-Debug-Sections, die zur Laufzeit nichts braucht. Die Einsparung ist exakt: sie wird aus dem Layout berechnet, das strip schreibt.</translation>
    </message>
    <message numerus="yes">
        <source>Strip debug symbols from %n Windows binaries</source>
        <translation>
            <numerusform>Debug-Symbole aus %n Windows-Binärdatei entfernen</numerusform>
            <numerusform>Debug-Symbole aus %n Windows-Binärdateien entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>These PE files carry a COFF symbol table, DWARF sections (MinGW builds) or debug data that strip removes; the figure is the size of those parts.</source>
        <translation>Diese PE-Dateien tragen eine COFF-Symboltabelle, DWARF-Sections (MinGW-Builds) oder Debug-Daten, die strip entfernt; die Zahl ist die Größe dieser Teile.</translation>
    </message>
    <message numerus="yes">
        <source>Strip debug symbols from %n macOS binaries</source>
        <translation>
            <numerusform>Debug-Symbole aus %n macOS-Binärdatei entfernen</numerusform>
            <numerusform>Debug-Symbole aus %n macOS-Binärdateien entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>These Mach-O files carry debug symbol entries (STABS) or DWARF. The saving is an estimate: `strip -S` also rewrites __LINKEDIT, and the signature must be re-created afterwards.</source>
        <translation>Diese Mach-O-Dateien tragen Debug-Symboleinträge (STABS) oder DWARF. Die Einsparung ist eine Schätzung: `strip -S` schreibt auch __LINKEDIT neu, und die Signatur muss danach neu erstellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Signed binaries with debug symbols: stripping not advised (%n files)</source>
        <translation>
            <numerusform>Signierte Binärdateien mit Debug-Symbolen: Strippen nicht empfohlen (%n Datei)</numerusform>
            <numerusform>Signierte Binärdateien mit Debug-Symbolen: Strippen nicht empfohlen (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>These files are code-signed: stripping invalidates the signature, and the PyInstaller documentation advises against stripping signed binaries.</source>
        <translation>Diese Dateien sind codesigniert: strip macht die Signatur ungültig, und die PyInstaller-Dokumentation rät davon ab, signierte Binärdateien zu strippen.</translation>
    </message>
</context>
<context>
    <name>BundleScope::SummaryPanel</name>
    <message>
        <source>one-file executable</source>
        <translation>One-File-Programm</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>one-folder, contents in %1/ (PyInstaller ≥ 6)</source>
        <translation>One-Folder, Inhalt in %1/ (PyInstaller ≥ 6)</translation>
    </message>
    <message>
        <source>one-folder</source>
        <translation>One-Folder</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 bytes) · %n file(s)</source>
        <translation>
            <numerusform>%1 (%2 Bytes) · %n Datei</numerusform>
            <numerusform>%1 (%2 Bytes) · %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n folder(s)</source>
        <translation>
            <numerusform> · %n Ordner</numerusform>
            <numerusform> · %n Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source> · layout: %1</source>
        <translation> · Aufbau: %1</translation>
    </message>
    <message numerus="yes">
        <source> · &lt;b&gt;%n error(s)&lt;/b&gt;</source>
        <translation>
            <numerusform> · &lt;b&gt;%n Fehler&lt;/b&gt;</numerusform>
            <numerusform> · &lt;b&gt;%n Fehler&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> · Python %1 · bootloader %2 · PKG %3 · PYZ %4</source>
        <translation> · Python %1 · Bootloader %2 · PKG %3 · PYZ %4</translation>
    </message>
    <message>
        <source> · one-file: unpacks to a temporary folder at every start</source>
        <translation> · One-File: wird bei jedem Start in einen temporären Ordner entpackt</translation>
    </message>
</context>
<context>
    <name>BundleScope::TextReportWriter</name>
    <message>
        <source>BundleScope report for %1</source>
        <translation>BundleScope-Bericht für %1</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>(top folder)</source>
        <translation>(oberster Ordner)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 (%2 bytes), %3 on disk</source>
        <translation>%1 (%2 Bytes), %3 auf dem Datenträger</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>PyInstaller</source>
        <translation>PyInstaller</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>BundleScope::TorchArchiveWriter</name>
    <message>
        <source>Cannot create the checkpoint archive: %1</source>
        <translation>Das Checkpoint-Archiv kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint archive: %1</source>
        <translation>Das Checkpoint-Archiv kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::TorchZipReader</name>
    <message>
        <source>A torch checkpoint needs random access to read.</source>
        <translation>Ein torch-Checkpoint braucht zum Lesen wahlfreien Zugriff.</translation>
    </message>
    <message>
        <source>Not a zip-format torch checkpoint: %1</source>
        <translation>Kein torch-Checkpoint im zip-Format: %1</translation>
    </message>
    <message>
        <source>Zip file without &lt;name&gt;/data.pkl: not a torch checkpoint.</source>
        <translation>Zip-Datei ohne &lt;name&gt;/data.pkl: kein torch-Checkpoint.</translation>
    </message>
    <message>
        <source>Element type not found in data.pkl; assumed float32.</source>
        <translation>Elementtyp nicht in data.pkl gefunden; float32 angenommen.</translation>
    </message>
</context>
<context>
    <name>BundleScope::TreeTablePanel</name>
    <message>
        <source>Filter by name (e.g. torch or *.so)</source>
        <translation>Nach Name filtern (z. B. torch oder *.so)</translation>
    </message>
    <message>
        <source>Bundle contents</source>
        <translation>Bundle-Inhalt</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Enthaltenden Ordner öffnen</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy Size</source>
        <translation>Größe kopieren</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
</context>
<context>
    <name>BundleScope::TreemapLegend</name>
    <message>
        <source>Treemap legend</source>
        <translation>Treemap-Legende</translation>
    </message>
    <message>
        <source>Small files</source>
        <translation>Kleine Dateien</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Colours stand for: %1</source>
        <translation>Die Farben stehen für: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::TreemapRenderer</name>
    <message numerus="yes">
        <source>%n small file(s)</source>
        <translation>
            <numerusform>%n kleine Datei</numerusform>
            <numerusform>%n kleine Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::TreemapToolTip</name>
    <message numerus="yes">
        <source>%n small file(s) in %1</source>
        <translation>
            <numerusform>%n kleine Datei in %1</numerusform>
            <numerusform>%n kleine Dateien in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Größe: %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Share of folder: %1</source>
        <translation>Anteil am Ordner: %1</translation>
    </message>
    <message>
        <source>Share of bundle: %1</source>
        <translation>Anteil am Bundle: %1</translation>
    </message>
    <message numerus="yes">
        <source>Folder with %n file(s)</source>
        <translation>
            <numerusform>Ordner mit %n Datei</numerusform>
            <numerusform>Ordner mit %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Paket: %1</translation>
    </message>
    <message>
        <source>Needed by: %1</source>
        <translation>Gebraucht von: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::TreemapWidget</name>
    <message>
        <source>Treemap</source>
        <translation>Treemap</translation>
    </message>
    <message>
        <source>Sizes of the files in the bundle as nested rectangles</source>
        <translation>Größen der Dateien im Bundle als verschachtelte Rechtecke</translation>
    </message>
    <message>
        <source>No bundle loaded</source>
        <translation>Kein Bundle geladen</translation>
    </message>
</context>
<context>
    <name>BundleScope::TrialCopy</name>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot move %1: %2</source>
        <translation>%1 kann nicht verschoben werden: %2</translation>
    </message>
    <message>
        <source>Not enough free space for a working copy: %1 needed, %2 free.</source>
        <translation>Nicht genug freier Speicherplatz für eine Arbeitskopie: %1 nötig, %2 frei.</translation>
    </message>
    <message>
        <source>Cannot run cp: %1</source>
        <translation>cp kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Copying the bundle failed: %1</source>
        <translation>Kopieren des Bundles fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot create a symlink: %1</source>
        <translation>Ein Symlink kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove a symlink: %1</source>
        <translation>Ein Symlink kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove: %1</source>
        <translation>Entfernen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::TrialRunner</name>
    <message>
        <source>Cannot run the command: %1</source>
        <translation>Der Befehl kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>timed out after %n s</source>
        <translation>
            <numerusform>Zeitüberschreitung nach %n s</numerusform>
            <numerusform>Zeitüberschreitung nach %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>exit status 0 but &quot;%1&quot; not in the output</source>
        <translation>Exit-Status 0, aber „%1“ nicht in der Ausgabe</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::UnreferencedLibrariesAnalyzer</name>
    <message>
        <source>Unreferenced library %1 (%2)</source>
        <translation>Nicht referenzierte Bibliothek %1 (%2)</translation>
    </message>
    <message>
        <source>No extension module or launcher links it, but its name or folder says it is usually loaded with dlopen() at run time: keep it unless you know the feature is unused.</source>
        <translation>Kein Erweiterungsmodul und kein Starter linkt sie, aber ihr Name oder Ordner zeigt, dass sie meist zur Laufzeit mit dlopen() geladen wird: behalten Sie sie, außer Sie wissen, dass die Funktion ungenutzt ist.</translation>
    </message>
    <message>
        <source>Drop it from the collected binaries (a filter on a.binaries in the .spec).</source>
        <translation>Entfernen Sie sie aus den gesammelten Binärdateien (ein Filter auf a.binaries in der .spec).</translation>
    </message>
    <message>
        <source>Library %1 needed only by programs (%2)</source>
        <translation>Bibliothek %1 nur von Programmen gebraucht (%2)</translation>
    </message>
    <message>
        <source>Nothing the app loads needs it; only these programs in the bundle do: %1. Programs are not loaded by the app, but removing this library breaks them: remove it only together with them.</source>
        <translation>Nichts, was die App lädt, braucht sie; nur diese Programme im Bundle brauchen sie: %1. Programme werden von der App nicht geladen, aber das Entfernen dieser Bibliothek bricht sie: entfernen Sie sie nur zusammen mit ihnen.</translation>
    </message>
    <message>
        <source>No extension module, launcher or libpython links it (directly or through other libraries) and no Python module names it. It may still be loaded with dlopen(): test the bundle without it.</source>
        <translation>Kein Erweiterungsmodul, kein Starter und keine libpython linkt sie (direkt oder über andere Bibliotheken), und kein Python-Modul nennt sie. Sie kann dennoch mit dlopen() geladen werden: testen Sie das Bundle ohne sie.</translation>
    </message>
    <message>
        <source>Program %1 that the app does not load (%2)</source>
        <translation>Programm %1, das die App nicht lädt (%2)</translation>
    </message>
    <message>
        <source>An executable, not a library: the app never loads it, but a package may run it as a process. Test the bundle without it.</source>
        <translation>Ein ausführbares Programm, keine Bibliothek: die App lädt es nie, aber ein Paket kann es als Prozess starten. Testen Sie das Bundle ohne dieses Programm.</translation>
    </message>
    <message numerus="yes">
        <source>Removing it also removes the %n librar(y/ies) only it needs: %1.</source>
        <translation>
            <numerusform>Mit ihm verschwindet auch die %n Bibliothek, die nur dieses Programm braucht: %1.</numerusform>
            <numerusform>Mit ihm verschwinden auch die %n Bibliotheken, die nur dieses Programm braucht: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::UpxAnalyzer</name>
    <message>
        <source>not a readable binary</source>
        <translation>keine lesbare Binärdatei</translation>
    </message>
    <message>
        <source>smaller than 128 KiB</source>
        <translation>kleiner als 128 KiB</translation>
    </message>
    <message>
        <source>Visual C++ runtime</source>
        <translation>Visual-C++-Laufzeit</translation>
    </message>
    <message>
        <source>Python DLL</source>
        <translation>Python-DLL</translation>
    </message>
    <message>
        <source>CUDA library (UPX breaks its embedded GPU code)</source>
        <translation>CUDA-Bibliothek (UPX zerstört ihren eingebetteten GPU-Code)</translation>
    </message>
    <message>
        <source>checked against a .hmac/.chk checksum at load time</source>
        <translation>beim Laden gegen eine .hmac/.chk-Prüfsumme geprüft</translation>
    </message>
    <message>
        <source>already UPX-packed</source>
        <translation>bereits mit UPX gepackt</translation>
    </message>
    <message>
        <source>Control Flow Guard enabled (UPX-packed CFG binaries crash)</source>
        <translation>Control Flow Guard aktiv (UPX-gepackte CFG-Binärdateien stürzen ab)</translation>
    </message>
    <message>
        <source>Qt plugin (Qt reads its metadata from the file)</source>
        <translation>Qt-Plugin (Qt liest seine Metadaten aus der Datei)</translation>
    </message>
    <message>
        <source>Compressed binaries are unpacked in memory at every start: expect start-up 1-5% slower. The saving is estimated from xz-compressed 64 KiB samples, which understates what UPX reaches on whole files.</source>
        <translation>Komprimierte Binärdateien werden bei jedem Start im Speicher entpackt: rechnen Sie mit 1-5% langsamerem Start. Die Einsparung wird aus xz-komprimierten 64-KiB-Stichproben geschätzt, was unterschätzt, was UPX bei ganzen Dateien erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>Compress %n Windows binaries with UPX</source>
        <translation>
            <numerusform>%n Windows-Binärdatei mit UPX komprimieren</numerusform>
            <numerusform>%n Windows-Binärdateien mit UPX komprimieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Files UPX breaks or does not help (Control Flow Guard, Qt plugins, the VC++ runtime, python3*.dll, CUDA libraries, already packed files) go into upx_exclude.</source>
        <translation>Dateien, die UPX beschädigt oder bei denen es nicht hilft (Control Flow Guard, Qt-Plugins, die VC++-Laufzeit, python3*.dll, CUDA-Bibliotheken, bereits gepackte Dateien), kommen in upx_exclude.</translation>
    </message>
    <message>
        <source>Install UPX, set upx=True and upx_exclude=[%1] in EXE() and COLLECT() of the .spec file.</source>
        <translation>Installieren Sie UPX, setzen Sie upx=True und upx_exclude=[%1] in EXE() und COLLECT() der .spec-Datei.</translation>
    </message>
    <message>
        <source>None: leave upx=False.</source>
        <translation>Keine: upx=False lassen.</translation>
    </message>
    <message numerus="yes">
        <source>UPX on Linux: not advised (%n binaries)</source>
        <translation>
            <numerusform>UPX unter Linux: nicht empfohlen (%n Binärdatei)</numerusform>
            <numerusform>UPX unter Linux: nicht empfohlen (%n Binärdateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>PyInstaller 6 disables UPX on Linux unless PYINSTALLER_FORCE_UPX is set, because of known compatibility problems. A forced UPX build of a real torch bundle went from 911 MB to 411 MB and then crashed at start (SIGTRAP while loading a packed libz).</source>
        <translation>PyInstaller 6 deaktiviert UPX unter Linux, sofern PYINSTALLER_FORCE_UPX nicht gesetzt ist, wegen bekannter Kompatibilitätsprobleme. Ein erzwungener UPX-Build eines echten torch-Bundles schrumpfte von 911 MB auf 411 MB und stürzte dann beim Start ab (SIGTRAP beim Laden einer gepackten libz).</translation>
    </message>
    <message numerus="yes">
        <source>UPX on macOS: not advised (%n binaries)</source>
        <translation>
            <numerusform>UPX unter macOS: nicht empfohlen (%n Binärdatei)</numerusform>
            <numerusform>UPX unter macOS: nicht empfohlen (%n Binärdateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>UPX invalidates Mach-O code signatures, which macOS requires (always on Apple silicon).</source>
        <translation>UPX macht Mach-O-Codesignaturen ungültig, die macOS verlangt (auf Apple Silicon immer).</translation>
    </message>
    <message numerus="yes">
        <source>%n shared librar(y/ies) are UPX-packed: the bundle crashes on Linux</source>
        <translation>
            <numerusform>%n gemeinsam genutzte Bibliothek ist mit UPX gepackt: das Bundle stürzt unter Linux ab</numerusform>
            <numerusform>%n gemeinsam genutzte Bibliotheken sind mit UPX gepackt: das Bundle stürzt unter Linux ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ELF program(s) are UPX-packed</source>
        <translation>
            <numerusform>%n ELF-Programm ist mit UPX gepackt</numerusform>
            <numerusform>%n ELF-Programme sind mit UPX gepackt</numerusform>
        </translation>
    </message>
    <message>
        <source>A UPX-packed shared library crashes when the dynamic loader maps it (PyInstaller refuses UPX on Linux since 5.0 for this reason). Their imports cannot be read either, so BundleScope calls no library unreferenced while the bundle has packed files.</source>
        <translation>Eine mit UPX gepackte gemeinsam genutzte Bibliothek stürzt ab, wenn der dynamische Lader sie einbindet (PyInstaller verweigert UPX unter Linux deshalb seit 5.0). Ihre Importe können auch nicht gelesen werden, daher stuft BundleScope keine Bibliothek als nicht referenziert ein, solange das Bundle gepackte Dateien enthält.</translation>
    </message>
    <message>
        <source>Rebuild without UPX: pyinstaller --noupx, or upx=False in EXE() and COLLECT() of the .spec file (and do not set PYINSTALLER_FORCE_UPX).</source>
        <translation>Ohne UPX neu bauen: pyinstaller --noupx oder upx=False in EXE() und COLLECT() der .spec-Datei (und PYINSTALLER_FORCE_UPX nicht setzen).</translation>
    </message>
</context>
<context>
    <name>BundleScope::WelcomeView</name>
    <message>
        <source>Recent bundles</source>
        <translation>Zuletzt geöffnete Bundles</translation>
    </message>
    <message>
        <source>Drop a bundle folder, one-file executable or archive</source>
        <translation>Bundle-Ordner, One-File-Programm oder Archiv hier ablegen</translation>
    </message>
    <message>
        <source>PyInstaller one-folder dist/&lt;app&gt;/ trees, one-file executables and their archives</source>
        <translation>PyInstaller-One-Folder-Bäume dist/&lt;app&gt;/, One-File-Programme und ihre Archive</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Open Demo Bundle</source>
        <translation>Demo-Bundle öffnen</translation>
    </message>
    <message>
        <source>No bundles opened yet</source>
        <translation>Noch keine Bundles geöffnet</translation>
    </message>
</context>
<context>
    <name>BundleScope::WhyCommand</name>
    <message>
        <source>The bundle: a dist/&lt;app&gt; folder, a one-file executable or an archive.</source>
        <translation>Das Bundle: ein dist/&lt;app&gt;-Ordner, ein One-File-Programm oder ein Archiv.</translation>
    </message>
    <message>
        <source>package: %1</source>
        <translation>Paket: %1</translation>
    </message>
    <message>
        <source>Not a native file: nothing links it.</source>
        <translation>Keine native Datei: nichts linkt sie.</translation>
    </message>
    <message>
        <source>Its imports could not be read: %1</source>
        <translation>Ihre Importe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Needed by:</source>
        <translation>Gebraucht von:</translation>
    </message>
    <message>
        <source>directly: %1</source>
        <translation>direkt: %1</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Braucht:</translation>
    </message>
    <message>
        <source>%1 (expected from the system)</source>
        <translation>%1 (vom System erwartet)</translation>
    </message>
    <message numerus="yes">
        <source>Removing it would orphan %n file(s) (%1).</source>
        <translation>
            <numerusform>Ihr Entfernen ließe %n Datei verwaist zurück (%1).</numerusform>
            <numerusform>Ihr Entfernen ließe %n Dateien verwaist zurück (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>bundlescope why: needs PATH and FILE.</source>
        <translation>bundlescope why: braucht PFAD und DATEI.</translation>
    </message>
    <message>
        <source>bundlescope why: %1</source>
        <translation>bundlescope why: %1</translation>
    </message>
    <message>
        <source>Explains why a native library or a Python package is in a bundle: who needs or imports it, what it needs, what removing it orphans.</source>
        <translation>Erklärt, warum eine native Bibliothek oder ein Python-Paket in einem Bundle ist: wer sie braucht oder importiert, was sie braucht, was ihr Entfernen verwaist zurücklässt.</translation>
    </message>
    <message>
        <source>why PATH FILE|MODULE</source>
        <translation>why PFAD DATEI|MODUL</translation>
    </message>
    <message>
        <source>Needed by the packages %1: it stays unless all of them are excluded.</source>
        <translation>Gebraucht von den Paketen %1: sie bleibt, solange nicht alle ausgeschlossen sind.</translation>
    </message>
    <message numerus="yes">
        <source>Also linked by %n program(s) in the bundle, which the app does not load (candidates themselves):</source>
        <translation>
            <numerusform>Auch gelinkt von %n Programm im Bundle, das die App nicht lädt (selbst ein Kandidat):</numerusform>
            <numerusform>Auch gelinkt von %n Programmen im Bundle, die die App nicht lädt (selbst Kandidaten):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (Python: %n module(s) with files in the bundle, %2)</source>
        <translation>
            <numerusform>%1 (Python: %n Modul mit Dateien im Bundle, %2)</numerusform>
            <numerusform>%1 (Python: %n Module mit Dateien im Bundle, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported by:</source>
        <translation>Importiert von:</translation>
    </message>
    <message>
        <source>bundlescope why: no file or Python module &quot;%1&quot; in the bundle.</source>
        <translation>bundlescope why: keine Datei und kein Python-Modul „%1“ im Bundle.</translation>
    </message>
    <message>
        <source>Python module %1, imported by:</source>
        <translation>Python-Modul %1, importiert von:</translation>
    </message>
    <message>
        <source>A file in the bundle (its path relative to the bundle, a bare file name, or a library&apos;s name without its version: libblas), or a Python package or module (sympy, torch.fx): the chain of imports from the entry script to it.</source>
        <translation>Eine Datei im Bundle (ihr Pfad relativ zum Bundle, ein bloßer Dateiname oder der Name einer Bibliothek ohne Version: libblas) oder ein Python-Paket bzw. -Modul (sympy, torch.fx): die Kette der Importe vom Einstiegsskript bis dorthin.</translation>
    </message>
    <message numerus="yes">
        <source>bundlescope why: &quot;%1&quot; names %n libraries: %2. Name one of them.</source>
        <translation>
            <numerusform>bundlescope why: „%1“ passt auf %n Bibliothek: %2. Nennen Sie eine davon.</numerusform>
            <numerusform>bundlescope why: „%1“ passt auf %n Bibliotheken: %2. Nennen Sie eine davon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files with similar names: %1</source>
        <translation>Dateien mit ähnlichem Namen: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::XzWriteDevice</name>
    <message>
        <source>The xz stream can only be written, to an open device.</source>
        <translation>Der xz-Datenstrom kann nur geschrieben werden, und zwar auf ein geöffnetes Gerät.</translation>
    </message>
    <message>
        <source>liblzma could not start an xz stream (error %1).</source>
        <translation>liblzma konnte keinen xz-Datenstrom beginnen (Fehler %1).</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Could not write the compressed stream: %1</source>
        <translation>Der komprimierte Stream konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>liblzma reported error %1.</source>
        <translation>liblzma meldete Fehler %1.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ZipNameFlagPatcher</name>
    <message>
        <source>The zip just written has no end record.</source>
        <translation>Das gerade geschriebene zip hat keinen Endeintrag.</translation>
    </message>
    <message>
        <source>The zip&apos;s central directory is truncated.</source>
        <translation>Das zentrale Verzeichnis des zip ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The zip&apos;s central directory is damaged.</source>
        <translation>Das zentrale Verzeichnis des zip ist beschädigt.</translation>
    </message>
    <message>
        <source>Could not update the zip: %1</source>
        <translation>Das zip konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::ZlibInflate</name>
    <message>
        <source>Cannot initialise zlib</source>
        <translation>zlib kann nicht initialisiert werden</translation>
    </message>
    <message>
        <source>Corrupt zlib stream</source>
        <translation>Beschädigter zlib-Stream</translation>
    </message>
    <message>
        <source>Truncated zlib stream</source>
        <translation>Abgeschnittener zlib-Stream</translation>
    </message>
    <message>
        <source>Decompressed data exceeds %1 bytes</source>
        <translation>Dekomprimierte Daten überschreiten %1 Bytes</translation>
    </message>
</context>
</TS>
