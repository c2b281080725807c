<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BundleScope::AboutDialog</name>
    <message>
        <source>About BundleScope</source>
        <translation>À propos de BundleScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BundleScope %1&lt;/h3&gt;&lt;p&gt;Explore PyInstaller bundles: what takes the space and what can go.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;KArchive %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BundleScope %1&lt;/h3&gt;&lt;p&gt;Explorez les bundles PyInstaller : ce qui prend la place et ce qui peut partir.&lt;/p&gt;&lt;p&gt;Qt %2 (construit avec %3)&lt;br&gt;KArchive %4&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>BundleScope::AnalysisRunner</name>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analyse annulée.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveExporter</name>
    <message>
        <source>No destination file was given.</source>
        <translation>Aucun fichier de destination indiqué.</translation>
    </message>
    <message>
        <source>The destination is a folder; give a file name.</source>
        <translation>La destination est un dossier ; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 existe déjà ; choisissez un autre nom ou autorisez l&apos;écrasement.</translation>
    </message>
    <message>
        <source>The destination folder does not exist.</source>
        <translation>Le dossier de destination n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not write the archive to disk: %1</source>
        <translation>Impossible d&apos;écrire l&apos;archive sur le disque : %1</translation>
    </message>
    <message>
        <source>%1 appeared while the archive was written; nothing was replaced.</source>
        <translation>%1 est apparu pendant l&apos;écriture de l&apos;archive ; rien n&apos;a été remplacé.</translation>
    </message>
    <message>
        <source>Could not give the archive its final name: %1</source>
        <translation>Impossible de donner à l&apos;archive son nom définitif : %1</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation>Impossible de créer un fichier dans %1 : %2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Estimated %1, actual %2 (error %3)</source>
        <translation>Estimé %1, réel %2 (écart %3)</translation>
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
        <translation>%1 fait %2 : KTar ne peut pas stocker de fichiers de 8 Gio ou plus. Laissez-le hors de l&apos;archive ou livrez-le à part.</translation>
    </message>
    <message>
        <source>KArchive %1 writes no Zip64; export as tar.gz instead.</source>
        <translation>KArchive %1 n&apos;écrit pas de Zip64 ; exportez plutôt en tar.gz.</translation>
    </message>
    <message>
        <source>The archive would hold %1 entries, more than zip without Zip64 can count (65,535). %2</source>
        <translation>L&apos;archive contiendrait %1 entrées, plus que zip sans Zip64 ne peut en compter (65 535). %2</translation>
    </message>
    <message>
        <source>%1 is %2, 4 GiB or more: zip needs Zip64 for it. %3</source>
        <translation>%1 fait %2, 4 Gio ou plus : zip a besoin de Zip64 pour cela. %3</translation>
    </message>
    <message>
        <source>The zip could reach %1, past the 4 GiB offsets zip without Zip64 can address. %2</source>
        <translation>Le zip pourrait atteindre %1, au-delà des décalages de 4 Gio que zip sans Zip64 peut adresser. %2</translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchivePlan</name>
    <message>
        <source>The bundle is empty.</source>
        <translation>Le bundle est vide.</translation>
    </message>
    <message>
        <source>Compression level %1 is outside 0-9.</source>
        <translation>Le niveau de compression %1 est hors de 0-9.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the archive&apos;s top-level folder.</source>
        <translation>« %1 » ne peut pas être le dossier racine de l&apos;archive.</translation>
    </message>
    <message>
        <source>Nothing to leave out at %1: no such path in the bundle.</source>
        <translation>Rien à omettre à %1 : ce chemin n&apos;existe pas dans le bundle.</translation>
    </message>
    <message>
        <source>Skipped symlink %1: its target %2 is outside the bundle.</source>
        <translation>Lien symbolique %1 ignoré : sa cible %2 est hors du bundle.</translation>
    </message>
    <message>
        <source>Skipped %1: not a regular file, folder or symlink.</source>
        <translation>%1 ignoré : ni fichier ordinaire, ni dossier, ni lien symbolique.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot leave out %n item(s) inside %1: it is one file on disk and is archived whole.</source>
        <translation>
            <numerusform>Impossible d&apos;omettre %n élément dans %1 : c&apos;est un seul fichier sur le disque, archivé en entier.</numerusform>
            <numerusform>Impossible d&apos;omettre %n éléments dans %1 : c&apos;est un seul fichier sur le disque, archivé en entier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveSource</name>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>Impossible de lire l&apos;archive : %1</translation>
    </message>
    <message>
        <source>Scan cancelled</source>
        <translation>Analyse du contenu annulée</translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveVerifier</name>
    <message>
        <source>%1 is %2 bytes in the archive, %3 were written.</source>
        <translation>%1 fait %2 octets dans l&apos;archive, %3 ont été écrits.</translation>
    </message>
    <message>
        <source>%1 cannot be read back.</source>
        <translation>%1 ne peut pas être relu.</translation>
    </message>
    <message>
        <source>%1 reads back differently from what was written (checksum mismatch).</source>
        <translation>%1 se relit différemment de ce qui a été écrit (somme de contrôle différente).</translation>
    </message>
    <message>
        <source>Symlink %1 is not what was written.</source>
        <translation>Le lien symbolique %1 ne correspond pas à ce qui a été écrit.</translation>
    </message>
    <message>
        <source>%1 is in the archive but was never written.</source>
        <translation>%1 est dans l&apos;archive mais n&apos;a jamais été écrit.</translation>
    </message>
    <message>
        <source>The archive cannot be read back: %1</source>
        <translation>L&apos;archive ne peut pas être relue : %1</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>The archive holds %1 files, %2 symlinks and %3 folders; %4, %5 and %6 were written.</source>
        <translation>L&apos;archive contient %1 fichiers, %2 liens symboliques et %3 dossiers ; %4, %5 et %6 ont été écrits.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveWriter</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>This KArchive was built without %1 support.</source>
        <translation>Ce KArchive a été construit sans prise en charge de %1.</translation>
    </message>
    <message>
        <source>Could not start compression: %1</source>
        <translation>Impossible de démarrer la compression : %1</translation>
    </message>
    <message>
        <source>Could not start the tar stream</source>
        <translation>Impossible de démarrer le flux tar</translation>
    </message>
    <message>
        <source>Could not finish the tar stream: %1</source>
        <translation>Impossible de terminer le flux tar : %1</translation>
    </message>
    <message>
        <source>Could not finish the compressed stream: %1</source>
        <translation>Impossible de terminer le flux compressé : %1</translation>
    </message>
    <message>
        <source>Could not start the zip archive</source>
        <translation>Impossible de démarrer l&apos;archive zip</translation>
    </message>
    <message>
        <source>Could not write the zip central directory</source>
        <translation>Impossible d&apos;écrire le répertoire central du zip</translation>
    </message>
    <message>
        <source>Could not reopen the zip: %1</source>
        <translation>Impossible de rouvrir le zip : %1</translation>
    </message>
    <message>
        <source>Could not add folder %1</source>
        <translation>Impossible d&apos;ajouter le dossier %1</translation>
    </message>
    <message>
        <source>Could not add symlink %1</source>
        <translation>Impossible d&apos;ajouter le lien symbolique %1</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Could not add %1</source>
        <translation>Impossible d&apos;ajouter %1</translation>
    </message>
    <message>
        <source>%1 ended after %2 of %3 bytes: it changed or became unreadable during the export.</source>
        <translation>%1 s&apos;est arrêté après %2 octets sur %3 : il a changé ou est devenu illisible pendant l&apos;export.</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Could not finish %1</source>
        <translation>Impossible de terminer %1</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes the scan found: it changed during the export.</source>
        <translation>%1 dépasse les %2 octets trouvés par l&apos;analyse : il a changé pendant l&apos;export.</translation>
    </message>
</context>
<context>
    <name>BundleScope::BinaryView</name>
    <message>
        <source>%1 (%2 bytes at offset %3) lies past the end of the file (%4 bytes)</source>
        <translation>%1 (%2 octets au décalage %3) se trouve après la fin du fichier (%4 octets)</translation>
    </message>
    <message>
        <source>%1 is implausibly large (%2 bytes)</source>
        <translation>%1 est d&apos;une taille invraisemblable (%2 octets)</translation>
    </message>
    <message>
        <source>Cannot seek to %1: %2</source>
        <translation>Impossible d&apos;atteindre %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 starts past the end of the file</source>
        <translation>%1 commence après la fin du fichier</translation>
    </message>
</context>
<context>
    <name>BundleScope::BreadcrumbBar</name>
    <message>
        <source>Treemap location</source>
        <translation>Position dans la treemap</translation>
    </message>
    <message>
        <source>Show %1 in the treemap</source>
        <translation>Afficher %1 dans la treemap</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Affichage : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::BreakdownView</name>
    <message>
        <source>Size by category</source>
        <translation>Taille par catégorie</translation>
    </message>
    <message>
        <source>Largest packages</source>
        <translation>Plus gros paquets</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>shared:</source>
        <translation>partagé :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Native libraries that %1 all need and none of them owns: excluding one of these packages does not remove them.</source>
        <translation>Bibliothèques natives dont %1 ont tous besoin et qu&apos;aucun d&apos;eux ne possède : exclure l&apos;un de ces paquets ne les retire pas.</translation>
    </message>
    <message>
        <source>Excluding it saves %1</source>
        <translation>L&apos;exclure économise %1</translation>
    </message>
    <message>
        <source>%1 of its native libraries stay: %2 also need them.</source>
        <translation>%1 de ses bibliothèques natives restent : %2 en ont aussi besoin.</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>Size (%1)</source>
        <translation>Taille (%1)</translation>
    </message>
</context>
<context>
    <name>BundleScope::BudgetRules</name>
    <message>
        <source>The rules file does not exist.</source>
        <translation>Le fichier de règles n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The rules file is not a valid INI file.</source>
        <translation>Le fichier de règles n&apos;est pas un fichier INI valide.</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;; known rules: %2.</source>
        <translation>Règle inconnue « %1 » ; règles connues : %2.</translation>
    </message>
    <message>
        <source>Rule %1 needs a size such as 1.5GiB, not &quot;%2&quot;.</source>
        <translation>La règle %1 attend une taille comme 1.5GiB, pas « %2 ».</translation>
    </message>
    <message>
        <source>The rules file sets no rule.</source>
        <translation>Le fichier de règles ne définit aucune règle.</translation>
    </message>
    <message>
        <source>none present</source>
        <translation>aucun présent</translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleComparison</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>grown</source>
        <translation>agrandi</translation>
    </message>
    <message>
        <source>shrunk</source>
        <translation>réduit</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renommé</translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleLoader</name>
    <message>
        <source>Cannot create a folder for the demo bundle: %1</source>
        <translation>Impossible de créer un dossier pour le bundle de démonstration : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleReport</name>
    <message>
        <source>Symlinks and special files</source>
        <translation>Liens symboliques et fichiers spéciaux</translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleTreeModel</name>
    <message>
        <source>%1
%2 (%3 bytes)</source>
        <translation>%1
%2 (%3 octets)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>% of parent</source>
        <translation>% du dossier</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Est. tar.gz</source>
        <translation>tar.gz estimé</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>expandable</source>
        <translation>dépliable</translation>
    </message>
    <message>
        <source>compressed</source>
        <translation>compressé</translation>
    </message>
    <message>
        <source>executable</source>
        <translation>exécutable</translation>
    </message>
    <message>
        <source>hard link</source>
        <translation>lien physique</translation>
    </message>
    <message>
        <source>unsafe name</source>
        <translation>nom dangereux</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>A launcher with an embedded PyInstaller archive: expand it to see what the archive holds.</source>
        <translation>Un lanceur avec une archive PyInstaller embarquée : dépliez-le pour voir ce que contient l&apos;archive.</translation>
    </message>
    <message>
        <source>A file with contents of its own: expand it to see them.</source>
        <translation>Un fichier qui a son propre contenu : dépliez-le pour le voir.</translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleView</name>
    <message>
        <source>Explorer</source>
        <translation>Explorateur</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>%1 — %2, %3% of the bundle</source>
        <translation>%1 — %2, %3 % du bundle</translation>
    </message>
</context>
<context>
    <name>BundleScope::CArchiveMembers</name>
    <message>
        <source>Scan cancelled</source>
        <translation>Analyse du contenu annulée</translation>
    </message>
</context>
<context>
    <name>BundleScope::CArchiveReader</name>
    <message>
        <source>File too small to hold a PyInstaller archive</source>
        <translation>Fichier trop petit pour contenir une archive PyInstaller</translation>
    </message>
    <message>
        <source>No PyInstaller archive found in this file</source>
        <translation>Aucune archive PyInstaller trouvée dans ce fichier</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>PyInstaller cookie truncated</source>
        <translation>Cookie PyInstaller tronqué</translation>
    </message>
    <message>
        <source>PyInstaller archive length %1 is impossible</source>
        <translation>Longueur d&apos;archive PyInstaller %1 impossible</translation>
    </message>
    <message>
        <source>PyInstaller table of contents lies outside the archive</source>
        <translation>La table des matières PyInstaller est hors de l&apos;archive</translation>
    </message>
    <message>
        <source>Implausible Python version %1 in the archive</source>
        <translation>Version de Python invraisemblable %1 dans l&apos;archive</translation>
    </message>
    <message>
        <source>PyInstaller table of contents truncated</source>
        <translation>Table des matières PyInstaller tronquée</translation>
    </message>
    <message>
        <source>Truncated entry in the table of contents</source>
        <translation>Entrée tronquée dans la table des matières</translation>
    </message>
    <message>
        <source>Entry length %1 in the table of contents is invalid</source>
        <translation>Longueur d&apos;entrée %1 invalide dans la table des matières</translation>
    </message>
    <message>
        <source>Unterminated name in the table of contents</source>
        <translation>Nom non terminé dans la table des matières</translation>
    </message>
    <message>
        <source>Entry %1 lies outside the archive</source>
        <translation>L&apos;entrée %1 est hors de l&apos;archive</translation>
    </message>
    <message>
        <source>Stored entry %1 has inconsistent lengths</source>
        <translation>L&apos;entrée stockée %1 a des longueurs incohérentes</translation>
    </message>
    <message>
        <source>Entry exceeds %1 bytes</source>
        <translation>L&apos;entrée dépasse %1 octets</translation>
    </message>
    <message>
        <source>Entry %1 is truncated</source>
        <translation>L&apos;entrée %1 est tronquée</translation>
    </message>
</context>
<context>
    <name>BundleScope::CArchiveRewriter</name>
    <message>
        <source>Only 64-bit little-endian ELF launchers with data after the archive can be rewritten.</source>
        <translation>Seuls les lanceurs ELF 64 bits little-endian avec des données après l&apos;archive peuvent être réécrits.</translation>
    </message>
    <message>
        <source>ELF program headers overlap the archive.</source>
        <translation>Les en-têtes de programme ELF chevauchent l&apos;archive.</translation>
    </message>
    <message>
        <source>A loaded ELF segment covers the archive; it cannot be rewritten.</source>
        <translation>Un segment ELF chargé recouvre l&apos;archive ; elle ne peut pas être réécrite.</translation>
    </message>
    <message>
        <source>ELF section headers overlap the archive.</source>
        <translation>Les en-têtes de section ELF chevauchent l&apos;archive.</translation>
    </message>
    <message>
        <source>ELF section headers lie outside the file.</source>
        <translation>Les en-têtes de section ELF sont hors du fichier.</translation>
    </message>
    <message>
        <source>%1 is not a module of the launcher&apos;s PYZ archive.</source>
        <translation>%1 n&apos;est pas un module de l&apos;archive PYZ du lanceur.</translation>
    </message>
    <message>
        <source>%1/%2 is not a module of the launcher&apos;s PYZ archive.</source>
        <translation>%1/%2 n&apos;est pas un module de l&apos;archive PYZ du lanceur.</translation>
    </message>
    <message>
        <source>PyInstaller table of contents entry truncated</source>
        <translation>Entrée de la table des matières PyInstaller tronquée</translation>
    </message>
    <message>
        <source>The rewritten launcher does not read back.</source>
        <translation>Le lanceur réécrit ne peut pas être relu.</translation>
    </message>
    <message>
        <source>Cannot read the launcher: %1</source>
        <translation>Impossible de lire le lanceur : %1</translation>
    </message>
    <message>
        <source>Cannot write the launcher: %1</source>
        <translation>Impossible d&apos;écrire le lanceur : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::CandidateReport</name>
    <message>
        <source>Optimization candidates</source>
        <translation>Candidats d&apos;optimisation</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Conseillé</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No candidate saves at least %1.</source>
        <translation>Aucun candidat n&apos;économise au moins %1.</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <source>Potential: %1 -&gt; %2 (%3), advised candidates only, every byte counted once.</source>
        <translation>Potentiel : %1 -&gt; %2 (%3), candidats conseillés uniquement, chaque octet compté une fois.</translation>
    </message>
</context>
<context>
    <name>BundleScope::CandidatesModel</name>
    <message>
        <source>Strip debug symbols</source>
        <translation>Retirer les symboles de débogage</translation>
    </message>
    <message>
        <source>UPX compression</source>
        <translation>Compression UPX</translation>
    </message>
    <message>
        <source>Exclude packages</source>
        <translation>Exclure des paquets</translation>
    </message>
    <message>
        <source>Developer files</source>
        <translation>Fichiers de développement</translation>
    </message>
    <message>
        <source>Duplicate files</source>
        <translation>Fichiers en double</translation>
    </message>
    <message>
        <source>Model precision</source>
        <translation>Précision des modèles</translation>
    </message>
    <message>
        <source>Lazy-loaded models</source>
        <translation>Modèles chargés à la demande</translation>
    </message>
    <message>
        <source>GPU stack</source>
        <translation>Pile GPU</translation>
    </message>
    <message>
        <source>Unreferenced libraries</source>
        <translation>Bibliothèques non référencées</translation>
    </message>
    <message>
        <source>Bundle layout</source>
        <translation>Structure du bundle</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Repeated model weights</source>
        <translation>Poids de modèles répétés</translation>
    </message>
</context>
<context>
    <name>BundleScope::CandidatesPanel</name>
    <message>
        <source>Minimal ML app, no GPU (300-500 MB)</source>
        <translation>Application ML minimale, sans GPU (300-500 Mo)</translation>
    </message>
    <message>
        <source>Standard GPU app (1.2-1.5 GB)</source>
        <translation>Application GPU standard (1,2-1,5 Go)</translation>
    </message>
    <message>
        <source>Full ML stack (1.8-2.5 GB)</source>
        <translation>Pile ML complète (1,8-2,5 Go)</translation>
    </message>
    <message>
        <source>Multi-model app (2.5-4 GB)</source>
        <translation>Application multimodèle (2,5-4 Go)</translation>
    </message>
    <message>
        <source>Generate spec fragment…</source>
        <translation>Générer un fragment de spec…</translation>
    </message>
    <message>
        <source>Budget, e.g. 800 MB</source>
        <translation>Budget, p. ex. 800 MB</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible :</translation>
    </message>
    <message>
        <source>Not a size: use for example 800 MB, 1.5 GiB or 2g.</source>
        <translation>Pas une taille : utilisez par exemple 800 MB, 1.5 GiB ou 2g.</translation>
    </message>
    <message>
        <source>No analysis yet.</source>
        <translation>Pas encore d&apos;analyse.</translation>
    </message>
    <message>
        <source>Potential: %1 -&gt; %2 (%3)</source>
        <translation>Potentiel : %1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2: within target</source>
        <translation>%1 sur %2 : dans la cible</translation>
    </message>
    <message>
        <source>%1 of %2: %3 over</source>
        <translation>%1 sur %2 : %3 de trop</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message numerus="yes">
        <source>Saves %1 of %2 · confidence: %3 · %n file(s)</source>
        <translation>
            <numerusform>Économise %1 sur %2 · confiance : %3 · %n fichier</numerusform>
            <numerusform>Économise %1 sur %2 · confiance : %3 · %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a candidate to see why it is proposed and the PyInstaller change that applies it.</source>
        <translation>Sélectionnez un candidat pour voir pourquoi il est proposé et la modification PyInstaller qui l&apos;applique.</translation>
    </message>
    <message>
        <source>Potential (unverified): %1 -&gt; %2 (%3)</source>
        <translation>Potentiel (non vérifié) : %1 -&gt; %2 (%3)</translation>
    </message>
</context>
<context>
    <name>BundleScope::CategoryInfo</name>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Native libraries</source>
        <translation>Bibliothèques natives</translation>
    </message>
    <message>
        <source>Executables</source>
        <translation>Exécutables</translation>
    </message>
    <message>
        <source>Python bytecode</source>
        <translation>Bytecode Python</translation>
    </message>
    <message>
        <source>Python sources</source>
        <translation>Sources Python</translation>
    </message>
    <message>
        <source>Model weights</source>
        <translation>Poids de modèles</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Development files</source>
        <translation>Fichiers de développement</translation>
    </message>
    <message>
        <source>Tests and examples</source>
        <translation>Tests et exemples</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>BundleScope::ChangeColoring</name>
    <message>
        <source>Red: added or grown · green: shrunk (deeper = larger change) · grey: unchanged. Removed files are listed in the table.</source>
        <translation>Rouge : ajouté ou agrandi · vert : réduit (plus foncé = variation plus forte) · gris : inchangé. Les fichiers supprimés figurent dans le tableau.</translation>
    </message>
</context>
<context>
    <name>BundleScope::CheckCommand</name>
    <message>
        <source>Checks a bundle against the size rules of a .bundlescope.ini; exits 1 when a rule fails.</source>
        <translation>Vérifie un bundle selon les règles de taille d&apos;un .bundlescope.ini ; sort avec 1 si une règle échoue.</translation>
    </message>
    <message>
        <source>check [options] PATH</source>
        <translation>check [options] CHEMIN</translation>
    </message>
    <message>
        <source>The bundle or snapshot to check.</source>
        <translation>Le bundle ou l&apos;instantané à vérifier.</translation>
    </message>
    <message>
        <source>The rules file (default: .bundlescope.ini in the current folder, else next to the bundle).</source>
        <translation>Le fichier de règles (par défaut : .bundlescope.ini dans le dossier courant, sinon à côté du bundle).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>bundlescope check: needs exactly one PATH.</source>
        <translation>bundlescope check : attend exactement un CHEMIN.</translation>
    </message>
    <message>
        <source>bundlescope check: %1</source>
        <translation>bundlescope check : %1</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1 (limite %2)</translation>
    </message>
    <message>
        <source>Exits 1 when the bundle is larger than SIZE (e.g. 1.5GiB).</source>
        <translation>Sort avec 1 si le bundle dépasse TAILLE (p. ex. 1.5GiB).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>Exits 1 when the estimated tar.gz of the bundle is larger than SIZE.</source>
        <translation>Sort avec 1 si le tar.gz estimé du bundle dépasse TAILLE.</translation>
    </message>
    <message>
        <source>bundlescope: --%1 needs a size such as 1.5GiB, not &quot;%2&quot;.</source>
        <translation>bundlescope : --%1 attend une taille comme 1.5GiB, pas « %2 ».</translation>
    </message>
    <message>
        <source>bundlescope: %1</source>
        <translation>bundlescope : %1</translation>
    </message>
    <message>
        <source>Over budget: %1 is %2, the limit is %3.</source>
        <translation>Budget dépassé : %1 fait %2, la limite est %3.</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>le bundle</translation>
    </message>
    <message>
        <source>the estimated tar.gz</source>
        <translation>le tar.gz estimé</translation>
    </message>
    <message>
        <source>warning: %1 could not be read: %2</source>
        <translation>avertissement : %1 n&apos;a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>BundleScope::CheckedReadDevice</name>
    <message>
        <source>The file could not be opened for reading: it vanished, is unreadable or is no longer a regular file.</source>
        <translation>Le fichier n&apos;a pas pu être ouvert en lecture : il a disparu, est illisible ou n&apos;est plus un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The entry could not be read from its container: the container changed since the scan, is damaged, or the entry is too large to read.</source>
        <translation>L&apos;entrée n&apos;a pas pu être lue dans son conteneur : le conteneur a changé depuis l&apos;analyse du contenu, est endommagé, ou l&apos;entrée est trop grande pour être lue.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file contents are not available.</source>
        <translation>Le contenu des fichiers du bundle n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The file has %1 bytes, the scan found %2: it changed since the scan or could not be read completely.</source>
        <translation>Le fichier fait %1 octets, l&apos;analyse du contenu en a trouvé %2 : il a changé depuis ou n&apos;a pas pu être lu entièrement.</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation>Le fichier dépasse %1 octets.</translation>
    </message>
    <message>
        <source>%1 bytes could be read, the scan found %2: the file changed since the scan or could not be read completely.</source>
        <translation>%1 octets ont pu être lus, l&apos;analyse du contenu en a trouvé %2 : le fichier a changé depuis ou n&apos;a pas pu être lu entièrement.</translation>
    </message>
    <message>
        <source>Seeking to byte %1 failed: %2</source>
        <translation>Le positionnement à l&apos;octet %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Reading failed at byte %1: %2</source>
        <translation>La lecture a échoué à l&apos;octet %1 : %2</translation>
    </message>
    <message>
        <source>The file ended at byte %1, the scan found %2 bytes: it changed since the scan or could not be read completely.</source>
        <translation>Le fichier s&apos;arrête à l&apos;octet %1, l&apos;analyse du contenu a trouvé %2 octets : il a changé depuis ou n&apos;a pas pu être lu entièrement.</translation>
    </message>
    <message>
        <source>The file is larger than the %1 bytes the scan found: it changed since the scan.</source>
        <translation>Le fichier dépasse les %1 octets trouvés par l&apos;analyse du contenu : il a changé depuis.</translation>
    </message>
</context>
<context>
    <name>BundleScope::CommandLine</name>
    <message>
        <source>bundlescope: unknown command &quot;%1&quot;.</source>
        <translation>bundlescope : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>bundlescope %1: %2</source>
        <translation>bundlescope %1 : %2</translation>
    </message>
    <message>
        <source>Run &quot;bundlescope help %1&quot; for the options.</source>
        <translation>Lancez « bundlescope help %1 » pour les options.</translation>
    </message>
    <message>
        <source>bundlescope: no help for unknown command &quot;%1&quot;.</source>
        <translation>bundlescope : pas d&apos;aide pour la commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Usage: bundlescope [COMMAND [options]]</source>
        <translation>Usage : bundlescope [COMMANDE [options]]</translation>
    </message>
    <message>
        <source>Explore, slim and ship PyInstaller bundles. Without a command the desktop application opens.</source>
        <translation>Explorer, alléger et livrer des bundles PyInstaller. Sans commande, l&apos;application de bureau s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Shows help for a command.</source>
        <translation>Affiche l&apos;aide d&apos;une commande.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 check failed, 2 bad arguments, 3 unreadable path, 4 operation failed.</source>
        <translation>Codes de sortie : 0 succès, 1 vérification échouée, 2 arguments invalides, 3 chemin illisible, 4 opération échouée.</translation>
    </message>
    <message>
        <source>Usage: bundlescope %1</source>
        <translation>Usage : bundlescope %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareCommand</name>
    <message>
        <source>Compares two bundles or snapshots: totals, packages, categories and files that changed.</source>
        <translation>Compare deux bundles ou instantanés : totaux, paquets, catégories et fichiers modifiés.</translation>
    </message>
    <message>
        <source>compare [options] BEFORE AFTER</source>
        <translation>compare [options] AVANT APRÈS</translation>
    </message>
    <message>
        <source>The baseline: a bundle or a snapshot file.</source>
        <translation>La référence : un bundle ou un fichier d&apos;instantané.</translation>
    </message>
    <message>
        <source>The new build: a bundle or a snapshot file.</source>
        <translation>La nouvelle version : un bundle ou un fichier d&apos;instantané.</translation>
    </message>
    <message>
        <source>Output format: text, json or markdown (default: text).</source>
        <translation>Format de sortie : text, json ou markdown (par défaut : text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Rows per table (default: 20).</source>
        <translation>Lignes par tableau (par défaut : 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Writes the comparison to FILE instead of standard output.</source>
        <translation>Écrit la comparaison dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>bundlescope compare: needs exactly two paths, BEFORE and AFTER.</source>
        <translation>bundlescope compare : attend exactement deux chemins, AVANT et APRÈS.</translation>
    </message>
    <message>
        <source>bundlescope compare: --format must be text, json or markdown and --top a positive number.</source>
        <translation>bundlescope compare : --format doit valoir text, json ou markdown et --top un nombre positif.</translation>
    </message>
    <message>
        <source>bundlescope compare: %1</source>
        <translation>bundlescope compare : %1</translation>
    </message>
    <message>
        <source>bundlescope compare: cannot write %1: %2</source>
        <translation>bundlescope compare : impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareLauncher</name>
    <message>
        <source>Compare: %1 → %2</source>
        <translation>Comparaison : %1 → %2</translation>
    </message>
    <message>
        <source>Choose the bundle folder to compare with</source>
        <translation>Choisir le dossier du bundle à comparer</translation>
    </message>
    <message>
        <source>Choose the bundle, archive or snapshot to compare with</source>
        <translation>Choisir le bundle, l’archive ou l’instantané à comparer</translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareModel</name>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change (bytes)</source>
        <translation>Variation (octets)</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Variation (%)</translation>
    </message>
    <message>
        <source>%1
renamed from %2 (same bytes)</source>
        <translation>%1
renommé depuis %2 (mêmes octets)</translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareView</name>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Open two bundles or snapshots to compare them.</source>
        <translation>Ouvrez deux bundles ou instantanés pour les comparer.</translation>
    </message>
    <message>
        <source>Largest changes (MiB)</source>
        <translation>Plus grandes variations (Mio)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Show &amp;unchanged</source>
        <translation>Afficher les fichiers &amp;inchangés</translation>
    </message>
    <message>
        <source>— change</source>
        <translation>— variation</translation>
    </message>
    <message>
        <source>%1 growth</source>
        <translation>%1 d&apos;augmentation</translation>
    </message>
    <message>
        <source>%1 reduction</source>
        <translation>%1 de réduction</translation>
    </message>
    <message>
        <source>Largest changes</source>
        <translation>Plus fortes variations</translation>
    </message>
    <message>
        <source>Growth map</source>
        <translation>Carte des variations</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %3. Files: %4 added, %5 removed, %6 changed, %7 renamed, %8 moved.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt; : %3. Fichiers : %4 ajoutés, %5 supprimés, %6 modifiés, %7 renommés, %8 déplacés.</translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareWriter</name>
    <message>
        <source>Bundle size: %1 → %2 (%3, %4)</source>
        <translation>Taille du bundle : %1 → %2 (%3, %4)</translation>
    </message>
    <message>
        <source>| Name | Change | Before | After | Δ | Δ %</source>
        <translation>| Nom | Variation | Avant | Après | Δ | Δ %</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation>(aucune modification)</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 removed, %3 grown, %4 shrunk, %5 renamed, %6 unchanged; %7 moved between layouts.</source>
        <translation>Fichiers : %1 ajoutés, %2 supprimés, %3 agrandis, %4 réduits, %5 renommés, %6 inchangés ; %7 déplacés d&apos;une structure à l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>BundleScope::CompressionEstimator</name>
    <message>
        <source>Estimate cancelled.</source>
        <translation>Estimation annulée.</translation>
    </message>
    <message>
        <source>Compression level %1 is outside 0-9.</source>
        <translation>Le niveau de compression %1 est hors de 0-9.</translation>
    </message>
    <message>
        <source>The sample fraction must be in (0, 1].</source>
        <translation>La fraction d&apos;échantillonnage doit être dans (0, 1].</translation>
    </message>
    <message>
        <source>A snapshot holds file sizes, not contents: no archive size can be estimated from it.</source>
        <translation>Un instantané contient les tailles des fichiers, pas leur contenu : aucune taille d&apos;archive ne peut en être estimée.</translation>
    </message>
</context>
<context>
    <name>BundleScope::DemoBundleGenerator</name>
    <message>
        <source>The application name “%1” is not a valid folder name.</source>
        <translation>Le nom d&apos;application « %1 » n&apos;est pas un nom de dossier valide.</translation>
    </message>
    <message>
        <source>The scale must be between 1 and 1000, not %1.</source>
        <translation>L&apos;échelle doit être comprise entre 1 et 1000, pas %1.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The demo bundle folder already exists.</source>
        <translation>Le dossier du bundle de démonstration existe déjà.</translation>
    </message>
    <message>
        <source>Cannot rename the generated bundle into place.</source>
        <translation>Impossible de renommer le bundle généré à son emplacement.</translation>
    </message>
</context>
<context>
    <name>BundleScope::DemoFileSink</name>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Impossible de créer le dossier.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Impossible d&apos;écrire le fichier : %1</translation>
    </message>
    <message>
        <source>Cannot create the symbolic link.</source>
        <translation>Impossible de créer le lien symbolique.</translation>
    </message>
</context>
<context>
    <name>BundleScope::DemoPythonPackages</name>
    <message>
        <source>Cannot create base_library.zip: %1</source>
        <translation>Impossible de créer base_library.zip : %1</translation>
    </message>
    <message>
        <source>Cannot write base_library.zip: %1</source>
        <translation>Impossible d&apos;écrire base_library.zip : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::DependencyExplanation</name>
    <message>
        <source>nothing: it is a root, an extension module that Python imports</source>
        <translation>rien : c&apos;est une racine, un module d&apos;extension que Python importe</translation>
    </message>
    <message>
        <source>nothing: it is a root, the launcher or the Python runtime</source>
        <translation>rien : c&apos;est une racine, le lanceur ou le runtime Python</translation>
    </message>
    <message>
        <source>nothing links it: it is a program that Python code runs (module %1)</source>
        <translation>rien ne le lie : c&apos;est un programme que du code Python exécute (module %1)</translation>
    </message>
    <message>
        <source>nothing links it: it is loaded from Python code (module %1)</source>
        <translation>rien ne le lie : il est chargé depuis du code Python (module %1)</translation>
    </message>
    <message>
        <source>nothing: it is a program, which the app does not load (a package may run it as a process); programs keep no library alive</source>
        <translation>rien : c&apos;est un programme, que l&apos;application ne charge pas (un paquet peut le lancer comme processus) ; les programmes ne maintiennent aucune bibliothèque en vie</translation>
    </message>
    <message>
        <source>unknown: it is UPX-packed, so its imports cannot be read (packed libraries crash when loaded on Linux)</source>
        <translation>inconnu : il est compressé avec UPX, ses imports ne peuvent donc pas être lus (les bibliothèques compressées plantent au chargement sous Linux)</translation>
    </message>
    <message numerus="yes">
        <source>nothing the app loads; only %n program(s) in the bundle need it: %1. Programs are not loaded by the app and keep no library alive, but removing it breaks them.</source>
        <translation>
            <numerusform>rien de ce que charge l&apos;application ; seul %n programme du bundle en a besoin : %1. Les programmes ne sont pas chargés par l&apos;application et ne maintiennent aucune bibliothèque en vie, mais la retirer casse ce programme.</numerusform>
            <numerusform>rien de ce que charge l&apos;application ; seuls %n programmes du bundle en ont besoin : %1. Les programmes ne sont pas chargés par l&apos;application et ne maintiennent aucune bibliothèque en vie, mais la retirer casse ces programmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing in the bundle (unreferenced; it may still be loaded with dlopen())</source>
        <translation>rien dans le bundle (non référencé ; il peut tout de même être chargé avec dlopen())</translation>
    </message>
    <message numerus="yes">
        <source>%n binary file(s) in the bundle are UPX-packed: their imports cannot be read, so no library is called unreferenced.</source>
        <translation>
            <numerusform>%n fichier binaire du bundle est compressé avec UPX : ses imports ne peuvent pas être lus, donc aucune bibliothèque n&apos;est déclarée non référencée.</numerusform>
            <numerusform>%n fichiers binaires du bundle sont compressés avec UPX : leurs imports ne peuvent pas être lus, donc aucune bibliothèque n&apos;est déclarée non référencée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the bundle could not be read as scanned: what they need is unknown, so no library is called unreferenced.</source>
        <translation>
            <numerusform>%n fichier du bundle n&apos;a pas pu être lu tel qu&apos;analysé : ce dont il a besoin est inconnu, donc aucune bibliothèque n&apos;est dite non référencée.</numerusform>
            <numerusform>%n fichiers du bundle n&apos;ont pas pu être lus tels qu&apos;analysés : ce dont ils ont besoin est inconnu, donc aucune bibliothèque n&apos;est dite non référencée.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing links it: it is a plugin that Qt loads at run time from its plugin folder (%1)</source>
        <translation>rien ne la lie : c&apos;est un plugin que Qt charge à l&apos;exécution depuis son dossier de plugins (%1)</translation>
    </message>
</context>
<context>
    <name>BundleScope::DependencyGraphBuilder</name>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>Dependency analysis cancelled</source>
        <translation>Analyse des dépendances annulée</translation>
    </message>
</context>
<context>
    <name>BundleScope::DetailsPane</name>
    <message>
        <source>%1 (expected from the system)</source>
        <translation>%1 (attendu du système)</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (needed by %n file(s))</source>
        <translation>
            <numerusform>%1 (requis par %n fichier)</numerusform>
            <numerusform>%1 (requis par %n fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Open a bundle to see why its native libraries are there.</source>
        <translation>Ouvrez un bundle pour voir pourquoi ses bibliothèques natives s&apos;y trouvent.</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Requise par</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Requiert</translation>
    </message>
    <message numerus="yes">
        <source>Removing it would orphan %n file(s) (%1).</source>
        <translation>
            <numerusform>La retirer rendrait %n fichier orphelin (%1).</numerusform>
            <numerusform>La retirer rendrait %n fichiers orphelins (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a native file.</source>
        <translation>%1 n&apos;est pas un fichier natif.</translation>
    </message>
    <message>
        <source>Expected from the system</source>
        <translation>Attendu du système</translation>
    </message>
    <message>
        <source>Verified slimming: %1</source>
        <translation>Allègement vérifié : %1</translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation>Candidat : %1</translation>
    </message>
    <message>
        <source>Python module %1, imported by</source>
        <translation>Module Python %1, importé par</translation>
    </message>
</context>
<context>
    <name>BundleScope::DevFilesAnalyzer</name>
    <message numerus="yes">
        <source>%n file(s), %1.</source>
        <translation>
            <numerusform>%n fichier, %1.</numerusform>
            <numerusform>%n fichiers, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add after Analysis(...) in the .spec file (or pass excludes= to the hook&apos;s collect_data_files):</source>
        <translation>Ajoutez après Analysis(...) dans le fichier .spec (ou passez excludes= au collect_data_files du hook) :</translation>
    </message>
    <message>
        <source>the top-level folder</source>
        <translation>le dossier racine</translation>
    </message>
    <message>
        <source>Test programs in %1</source>
        <translation>Programmes de test dans %1</translation>
    </message>
    <message>
        <source>Test suites in %1</source>
        <translation>Suites de tests dans %1</translation>
    </message>
    <message>
        <source>Examples in %1</source>
        <translation>Exemples dans %1</translation>
    </message>
    <message>
        <source>Documentation in %1</source>
        <translation>Documentation dans %1</translation>
    </message>
    <message>
        <source>__pycache__ bytecode in %1</source>
        <translation>Bytecode __pycache__ dans %1</translation>
    </message>
    <message>
        <source>C/C++ headers in %1</source>
        <translation>En-têtes C/C++ dans %1</translation>
    </message>
    <message>
        <source>Static libraries in %1</source>
        <translation>Bibliothèques statiques dans %1</translation>
    </message>
    <message>
        <source>CMake files in %1</source>
        <translation>Fichiers CMake dans %1</translation>
    </message>
    <message>
        <source>pkg-config files in %1</source>
        <translation>Fichiers pkg-config dans %1</translation>
    </message>
    <message>
        <source>Type stubs (.pyi) in %1</source>
        <translation>Stubs de types (.pyi) dans %1</translation>
    </message>
    <message>
        <source>C/C++/CUDA/Cython sources in %1</source>
        <translation>Sources C/C++/CUDA/Cython dans %1</translation>
    </message>
    <message>
        <source>Python sources beside their bytecode in %1</source>
        <translation>Sources Python à côté de leur bytecode dans %1</translation>
    </message>
    <message>
        <source>Test executables built with the library; the application never runs them.</source>
        <translation>Programmes de test construits avec la bibliothèque ; l&apos;application ne les exécute jamais.</translation>
    </message>
    <message>
        <source>Collected as data along with the package; nothing imports them when the application runs.</source>
        <translation>Collectés comme données avec le paquet ; rien ne les importe à l&apos;exécution.</translation>
    </message>
    <message>
        <source>Bytecode caches of collected .py files. The frozen importer loads modules from the PYZ archive, so these copies are not used.</source>
        <translation>Caches de bytecode des fichiers .py collectés. L&apos;importeur figé charge les modules depuis l&apos;archive PYZ : ces copies ne servent pas.</translation>
    </message>
    <message>
        <source>Needed only to compile extensions at run time (torch.utils.cpp_extension, Triton kernels). Keep them if the application JIT-compiles C++/CUDA code.</source>
        <translation>Nécessaires uniquement pour compiler des extensions à l&apos;exécution (torch.utils.cpp_extension, noyaux Triton). Gardez-les si l&apos;application compile du code C++/CUDA à la volée.</translation>
    </message>
    <message>
        <source>Build-time files for linking against the library; a running application never reads them.</source>
        <translation>Fichiers de construction pour lier avec la bibliothèque ; une application en cours d&apos;exécution ne les lit jamais.</translation>
    </message>
    <message>
        <source>Type hints for editors and type checkers; Python ignores them at run time.</source>
        <translation>Annotations de types pour les éditeurs et vérificateurs de types ; Python les ignore à l&apos;exécution.</translation>
    </message>
    <message>
        <source>Sources of compiled extensions. A few libraries compile kernels from shipped sources at run time: test the bundle.</source>
        <translation>Sources d&apos;extensions compilées. Quelques bibliothèques compilent des noyaux à l&apos;exécution à partir des sources livrées : testez le bundle.</translation>
    </message>
    <message>
        <source>Bytecode of these modules exists too. PyInstaller ships some sources on purpose (TorchScript and inspect.getsource need them, hooks collect them with collect_data_files): test carefully.</source>
        <translation>Le bytecode de ces modules existe aussi. PyInstaller livre certaines sources exprès (TorchScript et inspect.getsource en ont besoin, les hooks les collectent avec collect_data_files) : testez avec soin.</translation>
    </message>
</context>
<context>
    <name>BundleScope::DiskEntries</name>
    <message>
        <source>The file could not be opened for reading (it vanished, is unreadable or is no longer a regular file).</source>
        <translation>Le fichier n&apos;a pas pu être ouvert en lecture (il a disparu, est illisible ou n&apos;est plus un fichier ordinaire).</translation>
    </message>
    <message>
        <source>The file has %1 bytes, the scan found %2: it changed since the scan.</source>
        <translation>Le fichier fait %1 octets, l&apos;analyse en a trouvé %2 : il a changé depuis l&apos;analyse.</translation>
    </message>
    <message>
        <source>Seeking to byte %1 failed: %2</source>
        <translation>Impossible d&apos;atteindre l&apos;octet %1 : %2</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>Échec de la lecture : %1</translation>
    </message>
    <message>
        <source>The file ended at byte %1 although the scan found %2 bytes: it changed since the scan.</source>
        <translation>Le fichier s&apos;est terminé à l&apos;octet %1 alors que l&apos;analyse a trouvé %2 octets : il a changé depuis l&apos;analyse.</translation>
    </message>
    <message>
        <source>The file is larger than the %1 bytes the scan found: it changed since the scan.</source>
        <translation>Le fichier dépasse les %1 octets trouvés par l&apos;analyse : il a changé depuis l&apos;analyse.</translation>
    </message>
</context>
<context>
    <name>BundleScope::DuplicatesAnalyzer</name>
    <message numerus="yes">
        <source>%n identical copies of %1</source>
        <translation>
            <numerusform>%n copie identique de %1</numerusform>
            <numerusform>%n copies identiques de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) also exists, byte for byte, as %3. Every copy but one is wasted space.</source>
        <translation>%1 (%2) existe aussi, octet pour octet, sous %3. Toutes les copies sauf une sont de l&apos;espace perdu.</translation>
    </message>
    <message>
        <source>Windows bundles cannot rely on symlinks: collect the library once and make the other package find it (PATH / os.add_dll_directory).</source>
        <translation>Les bundles Windows ne peuvent pas compter sur les liens symboliques : collectez la bibliothèque une fois et faites-la trouver par l&apos;autre paquet (PATH / os.add_dll_directory).</translation>
    </message>
    <message>
        <source>Keep %1 and replace the other copies with relative symlinks after COLLECT (the generated spec fragment does it), as PyInstaller 6 already does for versioned .so chains.</source>
        <translation>Gardez %1 et remplacez les autres copies par des liens symboliques relatifs après COLLECT (le fragment de spec généré le fait), comme PyInstaller 6 le fait déjà pour les chaînes .so versionnées.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>Échec de la lecture : %1</translation>
    </message>
    <message>
        <source>Reading for duplicates stopped after %1 of %2 bytes: the file changed since the scan.</source>
        <translation>La lecture pour la recherche de doublons s&apos;est arrêtée après %1 octets sur %2 : le fichier a changé depuis l&apos;analyse.</translation>
    </message>
    <message>
        <source>The file is larger than the %1 bytes the scan found: it changed since the scan.</source>
        <translation>Le fichier dépasse les %1 octets trouvés par l&apos;analyse : il a changé depuis l&apos;analyse.</translation>
    </message>
    <message>
        <source>The file could not be opened for reading (it is no longer a readable regular file).</source>
        <translation>Le fichier n&apos;a pas pu être ouvert en lecture (ce n&apos;est plus un fichier ordinaire lisible).</translation>
    </message>
    <message>
        <source>Seeking to byte %1 failed: %2</source>
        <translation>Impossible d&apos;atteindre l&apos;octet %1 : %2</translation>
    </message>
    <message>
        <source>Skipping to byte %1 stopped after %2 bytes: the file changed since the scan.</source>
        <translation>Le saut jusqu&apos;à l&apos;octet %1 s&apos;est arrêté après %2 octets : le fichier a changé depuis l&apos;analyse.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ElfReader</name>
    <message>
        <source>ELF identification</source>
        <translation>Identification ELF</translation>
    </message>
    <message>
        <source>Not an ELF file: bad magic</source>
        <translation>Pas un fichier ELF : nombre magique incorrect</translation>
    </message>
    <message>
        <source>Unknown ELF class %1 or data encoding %2</source>
        <translation>Classe ELF %1 ou codage de données %2 inconnu</translation>
    </message>
    <message>
        <source>ELF header</source>
        <translation>En-tête ELF</translation>
    </message>
    <message>
        <source>Section header entries of %1 bytes are too small</source>
        <translation>Les entrées d&apos;en-tête de section de %1 octets sont trop petites</translation>
    </message>
    <message>
        <source>Section header 0</source>
        <translation>En-tête de section 0</translation>
    </message>
    <message>
        <source>Too many sections (%1)</source>
        <translation>Trop de sections (%1)</translation>
    </message>
    <message>
        <source>Section header table</source>
        <translation>Table des en-têtes de section</translation>
    </message>
    <message>
        <source>Section %1 (%2 bytes at offset %3) lies past the end of the file</source>
        <translation>La section %1 (%2 octets au décalage %3) se trouve après la fin du fichier</translation>
    </message>
    <message>
        <source>Section name table index %1 is out of range</source>
        <translation>L&apos;index %1 de la table des noms de section est hors limites</translation>
    </message>
    <message>
        <source>Section name table</source>
        <translation>Table des noms de section</translation>
    </message>
    <message>
        <source>Name of section %1 runs past its string table</source>
        <translation>Le nom de la section %1 dépasse sa table de chaînes</translation>
    </message>
    <message>
        <source>Too many program headers (%1)</source>
        <translation>Trop d&apos;en-têtes de programme (%1)</translation>
    </message>
    <message>
        <source>Program header entries of %1 bytes are too small</source>
        <translation>Les entrées d&apos;en-tête de programme de %1 octets sont trop petites</translation>
    </message>
    <message>
        <source>Program header table</source>
        <translation>Table des en-têtes de programme</translation>
    </message>
    <message>
        <source>Program header %1 maps bytes past the end of the file</source>
        <translation>L&apos;en-tête de programme %1 projette des octets au-delà de la fin du fichier</translation>
    </message>
    <message>
        <source>Dynamic section</source>
        <translation>Section dynamique</translation>
    </message>
    <message>
        <source>DT_STRTAB address %1 is not mapped by any segment</source>
        <translation>L&apos;adresse DT_STRTAB %1 n&apos;est projetée par aucun segment</translation>
    </message>
    <message>
        <source>Dynamic string table</source>
        <translation>Table de chaînes dynamique</translation>
    </message>
    <message>
        <source>Dynamic entry string at %1 runs past the string table</source>
        <translation>La chaîne d&apos;entrée dynamique à %1 dépasse la table de chaînes</translation>
    </message>
    <message>
        <source>Symbol table</source>
        <translation>Table des symboles</translation>
    </message>
    <message>
        <source>Symbol string table</source>
        <translation>Table de chaînes des symboles</translation>
    </message>
</context>
<context>
    <name>BundleScope::EstimateCacheFile</name>
    <message>
        <source>Cannot read the estimate cache: %1</source>
        <translation>Impossible de lire le cache des estimations : %1</translation>
    </message>
    <message>
        <source>The estimate cache has another format or version.</source>
        <translation>Le cache des estimations a un autre format ou une autre version.</translation>
    </message>
    <message>
        <source>The estimate cache is truncated.</source>
        <translation>Le cache des estimations est tronqué.</translation>
    </message>
    <message>
        <source>The estimate cache is damaged.</source>
        <translation>Le cache des estimations est endommagé.</translation>
    </message>
    <message>
        <source>Cannot create the folder of the estimate cache.</source>
        <translation>Impossible de créer le dossier du cache des estimations.</translation>
    </message>
    <message>
        <source>Cannot write the estimate cache: %1</source>
        <translation>Impossible d&apos;écrire le cache des estimations : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::EstimateReportSection</name>
    <message>
        <source>Estimated archive sizes</source>
        <translation>Tailles d&apos;archive estimées</translation>
    </message>
    <message>
        <source>Sampled %1 of the input; archives as `bundlescope export` writes them.</source>
        <translation>Échantillon de %1 de l&apos;entrée ; archives telles que `bundlescope export` les écrit.</translation>
    </message>
    <message>
        <source>tar.xz is an upper bound: its samples cannot see the 8 MiB of history xz matches against (0-17% above the real archive on the corpus).</source>
        <translation>tar.xz est une borne supérieure : les échantillons ne voient pas les 8 Mio d’historique avec lesquels xz compare (0 à 17 % au-dessus de l’archive réelle sur le corpus).</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Of the bundle</source>
        <translation>Du bundle</translation>
    </message>
</context>
<context>
    <name>BundleScope::ExcludablePackagesAnalyzer</name>
    <message>
        <source>Exclude %1</source>
        <translation>Exclure %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1.</source>
        <translation>
            <numerusform>%n fichier, %1.</numerusform>
            <numerusform>%n fichiers, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add excludes=[%1] to Analysis(...) in the .spec file (or pass --exclude-module for each on the command line).</source>
        <translation>Ajoutez excludes=[%1] à Analysis(...) dans le fichier .spec (ou passez --exclude-module pour chacun en ligne de commande).</translation>
    </message>
    <message>
        <source>%1: packaging and build tools. An application does not install packages at run time; they are collected because some module imports them optionally (pkg_resources is still used by a few older libraries to read versions: test the bundle).</source>
        <translation>%1 : outils d&apos;empaquetage et de construction. Une application n&apos;installe pas de paquets à l&apos;exécution ; ils sont collectés parce qu&apos;un module les importe de façon optionnelle (quelques bibliothèques anciennes utilisent encore pkg_resources pour lire les versions : testez le bundle).</translation>
    </message>
    <message>
        <source>%1: a test framework. A shipped application does not run its test suite.</source>
        <translation>%1 : un framework de test. Une application livrée n&apos;exécute pas sa suite de tests.</translation>
    </message>
    <message>
        <source>%1: the standard test framework. Some libraries (torch._dynamo, numpy.testing) import unittest at run time, so run the bundle&apos;s smoke test after excluding it.</source>
        <translation>%1 : le framework de test standard. Certaines bibliothèques (torch._dynamo, numpy.testing) importent unittest à l&apos;exécution : lancez le test de fumée du bundle après l&apos;avoir exclu.</translation>
    </message>
    <message>
        <source>%1: the interactive help system and its topic data; only help() uses them.</source>
        <translation>%1 : le système d&apos;aide interactif et ses données de rubriques ; seul help() les utilise.</translation>
    </message>
    <message>
        <source>%1: the Tk GUI toolkit with its Tcl/Tk script folders. Needed only if the application opens Tk windows (including matplotlib&apos;s TkAgg backend).</source>
        <translation>%1 : la boîte à outils graphique Tk avec ses dossiers de scripts Tcl/Tk. Nécessaire seulement si l&apos;application ouvre des fenêtres Tk (y compris le backend TkAgg de matplotlib).</translation>
    </message>
    <message>
        <source>%1: the Jupyter/IPython notebook stack, usually collected through an optional import (tqdm.notebook, matplotlib, transformers). A deployed application rarely needs it.</source>
        <translation>%1 : la pile de notebooks Jupyter/IPython, généralement collectée via un import optionnel (tqdm.notebook, matplotlib, transformers). Une application déployée en a rarement besoin.</translation>
    </message>
    <message>
        <source>%1: a second ML framework beside the main one (%2), usually pulled in by an optional import in a library such as transformers. Exclude it if your code never uses it.</source>
        <translation>%1 : un second framework de ML à côté du principal (%2), généralement tiré par un import optionnel dans une bibliothèque comme transformers. Excluez-le si votre code ne l&apos;utilise jamais.</translation>
    </message>
    <message numerus="yes">
        <source>%n native file(s) (%1) stay because other packages need them too: %2.</source>
        <translation>
            <numerusform>%n fichier natif (%1) reste car d&apos;autres paquets en ont aussi besoin : %2.</numerusform>
            <numerusform>%n fichiers natifs (%1) restent car d&apos;autres paquets en ont aussi besoin : %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ExportCommand</name>
    <message>
        <source>%1 of %2 (%3/s), %4 s left</source>
        <translation>%1 sur %2 (%3/s), %4 s restantes</translation>
    </message>
    <message>
        <source>Writes a reproducible tar.gz, zip, tar.xz or tar.zst of a bundle, with its size estimate.</source>
        <translation>Écrit un tar.gz, zip, tar.xz ou tar.zst reproductible d&apos;un bundle, avec son estimation de taille.</translation>
    </message>
    <message>
        <source>export [options] PATH --out FILE</source>
        <translation>export [options] CHEMIN --out FICHIER</translation>
    </message>
    <message>
        <source>The bundle folder (dist/&lt;app&gt;).</source>
        <translation>Le dossier du bundle (dist/&lt;app&gt;).</translation>
    </message>
    <message>
        <source>tar.gz, zip, tar.xz or tar.zst (default: tar.gz).</source>
        <translation>tar.gz, zip, tar.xz ou tar.zst (par défaut : tar.gz).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The archive to write.</source>
        <translation>L&apos;archive à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>gzip level 1-9 for tar.gz (default: 6); zip always uses 6.</source>
        <translation>Niveau gzip 1-9 pour tar.gz (par défaut : 6) ; zip utilise toujours 6.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Leaves out the files that advised optimization candidates remove.</source>
        <translation>Omet les fichiers que retirent les candidats d&apos;optimisation conseillés.</translation>
    </message>
    <message>
        <source>Replaces an existing FILE.</source>
        <translation>Remplace un FICHIER existant.</translation>
    </message>
    <message>
        <source>Reads the archive back and checks every file before it gets its name.</source>
        <translation>Relit l&apos;archive et vérifie chaque fichier avant de lui donner son nom.</translation>
    </message>
    <message>
        <source>bundlescope export: needs one PATH, --out FILE, --format tar.gz|zip|tar.xz|tar.zst and a --level of 1-9.</source>
        <translation>bundlescope export : attend un CHEMIN, --out FICHIER, --format tar.gz|zip|tar.xz|tar.zst et un --level de 1-9.</translation>
    </message>
    <message>
        <source>bundlescope export: %1</source>
        <translation>bundlescope export : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 entries, %4 left out, %5 s</source>
        <translation>%1 écrit : %2, %3 entrées, %4 omis, %5 s</translation>
    </message>
    <message>
        <source>Verified: %1 files, %2 read back.</source>
        <translation>Vérifié : %1 fichiers, %2 relus.</translation>
    </message>
    <message>
        <source>With --exclude-candidates: also leaves out what low-confidence candidates remove (not advised by default).</source>
        <translation>Avec --exclude-candidates : omet aussi ce que retirent les candidats de faible confiance (non conseillés par défaut).</translation>
    </message>
</context>
<context>
    <name>BundleScope::ExportDialog</name>
    <message>
        <source>Export Archive</source>
        <translation>Exporter l&apos;archive</translation>
    </message>
    <message>
        <source>Placeholders: {name}, {version}, {platform}. The extension follows the format.</source>
        <translation>Variables : {name}, {version}, {platform}. L&apos;extension suit le format.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Leave out files of checked candidates</source>
        <translation>Omettre les fichiers des candidats cochés</translation>
    </message>
    <message>
        <source>Verify the archive after writing</source>
        <translation>Vérifier l&apos;archive après l&apos;écriture</translation>
    </message>
    <message>
        <source>Replace an existing file</source>
        <translation>Remplacer un fichier existant</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Estimation…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>gzip level:</source>
        <translation>Niveau gzip :</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Estimation :</translation>
    </message>
    <message>
        <source>Destination Folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>estimation du temps restant</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s restante</numerusform>
            <numerusform>%n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 at %3/s, %4</source>
        <translation>%1 sur %2 à %3/s, %4</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Verified %n file(s).</source>
        <translation>
            <numerusform>%n fichier vérifié.</numerusform>
            <numerusform>%n fichiers vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu :</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n fichier, %1</numerusform>
            <numerusform>%n fichiers, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified removals only</source>
        <translation>Suppressions vérifiées uniquement</translation>
    </message>
    <message numerus="yes">
        <source>Verified removals only (%n file(s) the app ran without)</source>
        <translation>
            <numerusform>Suppressions vérifiées uniquement (%n fichier sans lequel l’application a tourné)</numerusform>
            <numerusform>Suppressions vérifiées uniquement (%n fichiers sans lesquels l’application a tourné)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leaves out exactly the files of the candidates the last Verify… run removed with the app still passing.</source>
        <translation>Omet exactement les fichiers des candidats que la dernière vérification a retirés sans que l’application échoue.</translation>
    </message>
    <message numerus="yes">
        <source>Leaves out exactly the files of the candidates the last Verify… run removed with the app still passing. %n duplicate(s), verified as links to the kept copy, stay as files: bundlescope slim --out writes them as links.</source>
        <translation>
            <numerusform>Omet exactement les fichiers des candidats que la dernière vérification a retirés sans que l’application échoue. %n doublon, vérifié comme lien vers la copie conservée, reste un fichier : bundlescope slim --out l’écrit comme lien.</numerusform>
            <numerusform>Omet exactement les fichiers des candidats que la dernière vérification a retirés sans que l’application échoue. %n doublons, vérifiés comme liens vers la copie conservée, restent des fichiers : bundlescope slim --out les écrit comme liens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::FolderSource</name>
    <message>
        <source>Permission denied: cannot open this folder.</source>
        <translation>Permission refusée : impossible d&apos;ouvrir ce dossier.</translation>
    </message>
    <message>
        <source>The folder does not exist: %1.</source>
        <translation>Le dossier n&apos;existe pas : %1.</translation>
    </message>
    <message>
        <source>This is not a folder.</source>
        <translation>Ce n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot open the folder: %1</source>
        <translation>Impossible d&apos;ouvrir le dossier : %1</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>L&apos;analyse du contenu a été annulée.</translation>
    </message>
</context>
<context>
    <name>BundleScope::FolderWalker</name>
    <message>
        <source>The folder was replaced while it was being scanned.</source>
        <translation>Le dossier a été remplacé pendant l&apos;analyse du contenu.</translation>
    </message>
    <message>
        <source>Cannot open this folder: %1</source>
        <translation>Impossible d&apos;ouvrir ce dossier : %1</translation>
    </message>
    <message>
        <source>Cannot list this folder completely: %1</source>
        <translation>Impossible de lister entièrement ce dossier : %1</translation>
    </message>
    <message>
        <source>The entry vanished while the folder was being scanned.</source>
        <translation>L&apos;entrée a disparu pendant l&apos;analyse du dossier.</translation>
    </message>
    <message>
        <source>Cannot read this entry: %1</source>
        <translation>Impossible de lire cette entrée : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::GgufReader</name>
    <message>
        <source>Not a GGUF file (no GGUF magic).</source>
        <translation>Pas un fichier GGUF (pas de nombre magique GGUF).</translation>
    </message>
    <message>
        <source>GGUF version %1 is not supported (2 and 3 are).</source>
        <translation>La version GGUF %1 n&apos;est pas prise en charge (2 et 3 le sont).</translation>
    </message>
    <message>
        <source>GGUF header counts do not fit the file.</source>
        <translation>Les compteurs de l&apos;en-tête GGUF ne correspondent pas au fichier.</translation>
    </message>
    <message>
        <source>GGUF file is truncated or inconsistent at byte %1.</source>
        <translation>Le fichier GGUF est tronqué ou incohérent à l&apos;octet %1.</translation>
    </message>
    <message>
        <source>GGUF general.alignment %1 is not a power of two.</source>
        <translation>GGUF general.alignment %1 n&apos;est pas une puissance de deux.</translation>
    </message>
</context>
<context>
    <name>BundleScope::GpuStackAnalyzer</name>
    <message>
        <source>CUDA GPU stack (only if the target has no GPU)</source>
        <translation>Pile GPU CUDA (seulement si la cible n&apos;a pas de GPU)</translation>
    </message>
    <message numerus="yes">
        <source>%n CUDA file(s), %1: the GPU runtime, cuDNN, cuBLAS, NCCL and friends. Only if the target machines have no NVIDIA GPU: a CPU-only build runs the same code on the CPU and drops all of it.</source>
        <translation>
            <numerusform>%n fichier CUDA, %1 : le runtime GPU, cuDNN, cuBLAS, NCCL et compagnie. Seulement si les machines cibles n&apos;ont pas de GPU NVIDIA : une version CPU seule exécute le même code sur le CPU et se passe de tout cela.</numerusform>
            <numerusform>%n fichiers CUDA, %1 : le runtime GPU, cuDNN, cuBLAS, NCCL et compagnie. Seulement si les machines cibles n&apos;ont pas de GPU NVIDIA : une version CPU seule exécute le même code sur le CPU et se passe de tout cela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Build in an environment with the CPU-only torch wheel (from PyTorch&apos;s CPU wheel index) instead of the CUDA one, and add excludes=[&apos;nvidia&apos;, &apos;triton&apos;] to Analysis(...).</source>
        <translation>Construisez dans un environnement avec la wheel torch CPU seule (de l&apos;index de wheels CPU de PyTorch) au lieu de la wheel CUDA, et ajoutez excludes=[&apos;nvidia&apos;, &apos;triton&apos;] à Analysis(...).</translation>
    </message>
</context>
<context>
    <name>BundleScope::GuiApplication</name>
    <message>
        <source>Explore, slim and ship PyInstaller bundles.</source>
        <translation>Explorer, alléger et livrer des bundles PyInstaller.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Bundle folder, one-file executable or archive to open.</source>
        <translation>Dossier de bundle, exécutable monofichier ou archive à ouvrir.</translation>
    </message>
    <message>
        <source>Open a generated demo bundle.</source>
        <translation>Ouvrir un bundle de démonstration généré.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Rendre la fenêtre dans un fichier PNG et quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Screenshot size, e.g. 1400x900.</source>
        <translation>Taille de la capture, p. ex. 1400x900.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Tab to show: explorer or breakdown.</source>
        <translation>Onglet à afficher : explorer ou breakdown.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>BundleScope</source>
        <translation>BundleScope</translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark (default: the setting ui/palette, else system).</source>
        <translation>Jeu de couleurs : system, light ou dark (par défaut : le réglage ui/palette, sinon system).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>Dock to show at start: candidates, details or history.</source>
        <translation>Panneau à afficher au démarrage : candidates, details ou history.</translation>
    </message>
    <message>
        <source>Unknown colour scheme %1: use system, light or dark.</source>
        <translation>Jeu de couleurs %1 inconnu : utilisez system, light ou dark.</translation>
    </message>
    <message>
        <source>Unknown dock %1: use candidates, details or history.</source>
        <translation>Panneau %1 inconnu : utilisez candidates, details ou history.</translation>
    </message>
    <message>
        <source>With --screenshot: run Verify… on every candidate with this smoke command first.</source>
        <translation>Avec --screenshot : lancer d’abord « Vérifier… » sur tous les candidats avec cette commande de test.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>With --verify: text the command&apos;s output must contain.</source>
        <translation>Avec --verify : texte que la sortie de la commande doit contenir.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Usage: --screenshot OUT.png [--size WxH] [--tab explorer|breakdown] [--show-dock candidates|details|history] [--palette system|light|dark] [--verify CMD [--expect TEXT]] [PATH|--demo]</source>
        <translation>Usage : --screenshot SORTIE.png [--size LxH] [--tab explorer|breakdown] [--show-dock candidates|details|history] [--palette system|light|dark] [--verify COMMANDE [--expect TEXTE]] [CHEMIN|--demo]</translation>
    </message>
</context>
<context>
    <name>BundleScope::GzipWriteDevice</name>
    <message>
        <source>The gzip stream can only be written, to an open device.</source>
        <translation>Le flux gzip ne peut qu&apos;être écrit, vers un périphérique ouvert.</translation>
    </message>
    <message>
        <source>zlib could not start a deflate stream at level %1.</source>
        <translation>zlib n&apos;a pas pu démarrer un flux deflate au niveau %1.</translation>
    </message>
    <message>
        <source>Could not write the compressed stream: %1</source>
        <translation>Impossible d&apos;écrire le flux compressé : %1</translation>
    </message>
    <message>
        <source>zlib reported a stream error.</source>
        <translation>zlib a signalé une erreur de flux.</translation>
    </message>
</context>
<context>
    <name>BundleScope::HistoryChart</name>
    <message>
        <source>Size over time</source>
        <translation>Taille au fil du temps</translation>
    </message>
    <message>
        <source>Size of %1 over time</source>
        <translation>Taille de %1 au fil du temps</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>Open a bundle to see how its size changes from scan to scan.</source>
        <translation>Ouvrez un bundle pour voir comment sa taille évolue d&apos;une analyse à l&apos;autre.</translation>
    </message>
    <message>
        <source>No history yet: every scan of this bundle adds a point.</source>
        <translation>Pas encore d&apos;historique : chaque analyse de ce bundle ajoute un point.</translation>
    </message>
</context>
<context>
    <name>BundleScope::HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Variation %</translation>
    </message>
</context>
<context>
    <name>BundleScope::HistoryPanel</name>
    <message>
        <source>Compare with Current</source>
        <translation>Comparer avec l&apos;actuel</translation>
    </message>
    <message>
        <source>Open a comparison of this snapshot (the baseline) with the open bundle</source>
        <translation>Comparer cet instantané (la référence) avec le bundle ouvert</translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation>Ouvrir l&apos;instantané</translation>
    </message>
    <message>
        <source>Open this snapshot read-only</source>
        <translation>Ouvrir cet instantané en lecture seule</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this snapshot from the history</source>
        <translation>Supprimer cet instantané de l&apos;historique</translation>
    </message>
    <message>
        <source>No bundle is open.</source>
        <translation>Aucun bundle n&apos;est ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) of %1</source>
        <translation>
            <numerusform>%n instantané de %1</numerusform>
            <numerusform>%n instantanés de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::HistoryRecorder</name>
    <message>
        <source>The size history could not be saved: %1</source>
        <translation>L&apos;historique des tailles n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::HistoryStore</name>
    <message>
        <source>The history folder cannot be created.</source>
        <translation>Impossible de créer le dossier d&apos;historique.</translation>
    </message>
    <message>
        <source>The snapshot cannot be deleted: %1</source>
        <translation>Impossible de supprimer l&apos;instantané : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::HtmlReportWriter</name>
    <message numerus="yes">
        <source>%n small files in %1</source>
        <translation>
            <numerusform>%n petit fichier dans %1</numerusform>
            <numerusform>%n petits fichiers dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>BundleScope report: %1</source>
        <translation>Rapport BundleScope : %1</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 en %2.</translation>
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
        <translation>script d&apos;entrée %1</translation>
    </message>
    <message>
        <source>(lazy)</source>
        <translation>(différé)</translation>
    </message>
    <message numerus="yes">
        <source>%1.* (%n module(s))</source>
        <translation>
            <numerusform>%1.* (%n module)</numerusform>
            <numerusform>%1.* (%n modules)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry script imports it: %1.</source>
        <translation>Le script d&apos;entrée l&apos;importe : %1.</translation>
    </message>
    <message>
        <source>No module of it is reachable from the entry script through top-level imports.</source>
        <translation>Aucun de ses modules n&apos;est atteignable depuis le script d&apos;entrée par des imports de premier niveau.</translation>
    </message>
    <message>
        <source>Only imports inside functions reach it: %1.</source>
        <translation>Seuls des imports à l&apos;intérieur de fonctions l&apos;atteignent : %1.</translation>
    </message>
    <message>
        <source>Nothing in the bundle imports it.</source>
        <translation>Rien dans le bundle ne l&apos;importe.</translation>
    </message>
    <message>
        <source>Imported only by %1 (test code).</source>
        <translation>Importé uniquement par %1 (code de test).</translation>
    </message>
    <message>
        <source>Imported by %1.</source>
        <translation>Importé par %1.</translation>
    </message>
    <message>
        <source>Imported (no file in the bundle: an extension or frozen module): %1</source>
        <translation>Importé (aucun fichier dans le bundle : un module d&apos;extension ou figé) : %1</translation>
    </message>
    <message>
        <source>No Python module named %1 in the bundle.</source>
        <translation>Aucun module Python nommé %1 dans le bundle.</translation>
    </message>
    <message numerus="yes">
        <source>%n Python module(s) in the bundle.</source>
        <translation>
            <numerusform>%n module Python dans le bundle.</numerusform>
            <numerusform>%n modules Python dans le bundle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported directly by:</source>
        <translation>Importé directement par :</translation>
    </message>
    <message>
        <source>The bundle has no entry script to start from.</source>
        <translation>Le bundle n&apos;a pas de script d&apos;entrée d&apos;où partir.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ImportGraph</name>
    <message>
        <source>The app&apos;s entry script imports nothing that can be read (obfuscated or generated code?): which packages it reaches is not judged.</source>
        <translation>Le script d&apos;entrée de l&apos;application n&apos;importe rien de lisible (code obscurci ou généré ?) : les paquets qu&apos;il atteint ne sont pas évalués.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ImportGraphBuilder</name>
    <message>
        <source>The bundle&apos;s bytecode is Python %1.%2, which the import reader does not support (3.8 to 3.12): no import was read, so no package is called unreachable.</source>
        <translation>Le bytecode du bundle est en Python %1.%2, que le lecteur d&apos;imports ne prend pas en charge (3.8 à 3.12) : aucun import n&apos;a été lu, donc aucun paquet n&apos;est déclaré inatteignable.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) hold bytecode of an unsupported Python version (%1): their imports were not read.</source>
        <translation>
            <numerusform>%n module contient du bytecode d&apos;une version de Python non prise en charge (%1) : ses imports n&apos;ont pas été lus.</numerusform>
            <numerusform>%n modules contiennent du bytecode d&apos;une version de Python non prise en charge (%1) : leurs imports n&apos;ont pas été lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) could not be read: their imports are unknown.</source>
        <translation>
            <numerusform>%n module n&apos;a pas pu être lu : ses imports sont inconnus.</numerusform>
            <numerusform>%n modules n&apos;ont pas pu être lus : leurs imports sont inconnus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ImportReachabilityAnalyzer</name>
    <message>
        <source>Exclude %1 (never imported by the app)</source>
        <translation>Exclure %1 (jamais importé par l&apos;application)</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s), %1 with its files.</source>
        <translation>
            <numerusform>%n module, %1 avec ses fichiers.</numerusform>
            <numerusform>%n modules, %1 avec ses fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dynamic imports exist (importlib, __import__, extension modules), which bytecode does not show; verified slimming (`bundlescope slim`) proves it.</source>
        <translation>Il existe des imports dynamiques (importlib, __import__, modules d&apos;extension) que le bytecode ne montre pas ; l&apos;allègement vérifié (`bundlescope slim`) en apporte la preuve.</translation>
    </message>
    <message>
        <source>Add excludes=[&apos;%1&apos;] to Analysis(...) in the .spec file (or pass --exclude-module %1).</source>
        <translation>Ajoutez excludes=[&apos;%1&apos;] à Analysis(...) dans le fichier .spec (ou passez --exclude-module %1).</translation>
    </message>
</context>
<context>
    <name>BundleScope::LayoutAnalyzer</name>
    <message>
        <source>One-file executable: consider a one-folder bundle</source>
        <translation>Exécutable monofichier : envisagez un bundle en dossier</translation>
    </message>
    <message>
        <source>This one-file executable extracts %1 into a temporary folder on every start, which costs seconds and disk space each time and trips some antivirus scanners. A one-folder bundle starts in place and its archive compresses as well or better.</source>
        <translation>Cet exécutable monofichier extrait %1 dans un dossier temporaire à chaque démarrage, ce qui coûte à chaque fois des secondes et de l&apos;espace disque et déclenche certains antivirus. Un bundle en dossier démarre sur place et son archive se compresse aussi bien ou mieux.</translation>
    </message>
    <message>
        <source>Build with --onedir (the default), or in the .spec use EXE(..., exclude_binaries=True) followed by COLLECT(...); ship the folder as an archive or installer.</source>
        <translation>Construisez avec --onedir (par défaut), ou dans le .spec utilisez EXE(..., exclude_binaries=True) suivi de COLLECT(...) ; livrez le dossier sous forme d&apos;archive ou d&apos;installeur.</translation>
    </message>
    <message>
        <source>One-folder bundle: the right layout for large ML applications</source>
        <translation>Bundle en dossier : la bonne structure pour les grosses applications ML</translation>
    </message>
    <message>
        <source>The application starts in place without extracting anything; nothing to change.</source>
        <translation>L&apos;application démarre sur place sans rien extraire ; rien à changer.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
</context>
<context>
    <name>BundleScope::LayoutDetector</name>
    <message>
        <source>PyInstaller one-folder bundle (6.0 or later)</source>
        <translation>Bundle PyInstaller en dossier (6.0 ou plus récent)</translation>
    </message>
    <message>
        <source>PyInstaller one-folder bundle (before 6.0)</source>
        <translation>Bundle PyInstaller en dossier (avant 6.0)</translation>
    </message>
    <message>
        <source>PyInstaller one-file executable</source>
        <translation>Exécutable PyInstaller monofichier</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Plain folder</source>
        <translation>Dossier simple</translation>
    </message>
</context>
<context>
    <name>BundleScope::MachOReader</name>
    <message>
        <source>Mach-O magic</source>
        <translation>Nombre magique Mach-O</translation>
    </message>
    <message>
        <source>Universal header</source>
        <translation>En-tête universel</translation>
    </message>
    <message>
        <source>Implausible number of architectures (%1)</source>
        <translation>Nombre d&apos;architectures invraisemblable (%1)</translation>
    </message>
    <message>
        <source>Universal architecture table</source>
        <translation>Table des architectures universelle</translation>
    </message>
    <message>
        <source>Architecture %1 lies past the end of the file</source>
        <translation>L&apos;architecture %1 se trouve après la fin du fichier</translation>
    </message>
    <message>
        <source>Mach-O header</source>
        <translation>En-tête Mach-O</translation>
    </message>
    <message>
        <source>Not a Mach-O file: bad magic 0x%1</source>
        <translation>Pas un fichier Mach-O : nombre magique incorrect 0x%1</translation>
    </message>
    <message>
        <source>Too many load commands (%1)</source>
        <translation>Trop de commandes de chargement (%1)</translation>
    </message>
    <message>
        <source>Load commands</source>
        <translation>Commandes de chargement</translation>
    </message>
    <message>
        <source>Load command %1 does not fit the load command area</source>
        <translation>La commande de chargement %1 ne tient pas dans la zone des commandes de chargement</translation>
    </message>
    <message>
        <source>Segment command of %1 bytes is too small</source>
        <translation>La commande de segment de %1 octets est trop petite</translation>
    </message>
    <message>
        <source>Segment %1 lies past the end of the file</source>
        <translation>Le segment %1 se trouve après la fin du fichier</translation>
    </message>
    <message>
        <source>LC_SYMTAB of %1 bytes is too small</source>
        <translation>LC_SYMTAB de %1 octets est trop petit</translation>
    </message>
    <message>
        <source>Load command string runs past its command (type 0x%1)</source>
        <translation>La chaîne de la commande de chargement dépasse sa commande (type 0x%1)</translation>
    </message>
    <message>
        <source>Symbol table (%1 symbols) lies past the end of the file</source>
        <translation>La table des symboles (%1 symboles) se trouve après la fin du fichier</translation>
    </message>
    <message>
        <source>String table lies past the end of the file</source>
        <translation>La table de chaînes se trouve après la fin du fichier</translation>
    </message>
    <message>
        <source>Symbol table</source>
        <translation>Table des symboles</translation>
    </message>
    <message>
        <source>String table</source>
        <translation>Table de chaînes</translation>
    </message>
</context>
<context>
    <name>BundleScope::Main</name>
    <message>
        <source>This build has no GUI: give a command.
</source>
        <translation>Cette version n&apos;a pas d&apos;interface graphique : indiquez une commande.
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
        <translation>Génération du bundle de démonstration…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open F&amp;ile…</source>
        <translation>Ouvrir un f&amp;ichier…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Bundle</source>
        <translation>Ouvrir le bundle de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;arrière</translation>
    </message>
    <message>
        <source>Colour by &amp;Category</source>
        <translation>Colorer par &amp;catégorie</translation>
    </message>
    <message>
        <source>Colour by &amp;Package</source>
        <translation>Colorer par &amp;paquet</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Open Bundle Folder</source>
        <translation>Ouvrir un dossier de bundle</translation>
    </message>
    <message>
        <source>Open One-File Executable or Archive</source>
        <translation>Ouvrir un exécutable monofichier ou une archive</translation>
    </message>
    <message>
        <source>Bundles (*);;Archives (*.zip *.tar *.tar.gz *.tgz *.tar.xz)</source>
        <translation>Bundles (*);;Archives (*.zip *.tar *.tar.gz *.tgz *.tar.xz)</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message>
        <source>%1 — BundleScope</source>
        <translation>%1 — BundleScope</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot open this bundle: %1</source>
        <translation>Impossible d&apos;ouvrir ce bundle : %1</translation>
    </message>
    <message>
        <source>Scan cancelled</source>
        <translation>Analyse du contenu annulée</translation>
    </message>
    <message>
        <source>&amp;Export Archive…</source>
        <translation>&amp;Exporter une archive…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About BundleScope</source>
        <translation>À &amp;propos de BundleScope</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Colour by Ca&amp;ndidate</source>
        <translation>Colorer par ca&amp;ndidat</translation>
    </message>
    <message>
        <source>Size Treemap by &amp;Estimated Compressed Bytes</source>
        <translation>Treemap selon les octets compressés &amp;estimés</translation>
    </message>
    <message>
        <source>Analysing… %1 of %2</source>
        <translation>Analyse… %1 sur %2</translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation>Échec de l&apos;analyse : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n optimization candidate(s) found</source>
        <translation>
            <numerusform>%n candidat d&apos;optimisation trouvé</numerusform>
            <numerusform>%n candidats d&apos;optimisation trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compare With Folder…</source>
        <translation>&amp;Comparer avec un dossier…</translation>
    </message>
    <message>
        <source>Compare With Fi&amp;le…</source>
        <translation>Comparer avec un &amp;fichier…</translation>
    </message>
</context>
<context>
    <name>BundleScope::MainWindowDocks</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Size History</source>
        <translation>Historique des tailles</translation>
    </message>
    <message>
        <source>&amp;Record Size History</source>
        <translation>&amp;Enregistrer l&apos;historique des tailles</translation>
    </message>
    <message>
        <source>Save a snapshot of every scanned bundle for the Size History</source>
        <translation>Enregistrer un instantané de chaque bundle analysé pour l&apos;historique des tailles</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
</context>
<context>
    <name>BundleScope::MarkdownReportWriter</name>
    <message>
        <source>BundleScope report: %1</source>
        <translation>Rapport BundleScope : %1</translation>
    </message>
    <message>
        <source>**%1** (%2 bytes, %3 on disk) · %4 · %5</source>
        <translation>**%1** (%2 octets, %3 sur le disque) · %4 · %5</translation>
    </message>
    <message>
        <source>PyInstaller: %1</source>
        <translation>PyInstaller : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::MarshalReader</name>
    <message>
        <source>Malformed marshal data at offset %1: %2</source>
        <translation>Données marshal malformées au décalage %1 : %2</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>tronqué</translation>
    </message>
    <message>
        <source>too many references</source>
        <translation>trop de références</translation>
    </message>
    <message>
        <source>unsupported type code 0x%1</source>
        <translation>code de type 0x%1 non pris en charge</translation>
    </message>
    <message>
        <source>truncated integer</source>
        <translation>entier tronqué</translation>
    </message>
    <message>
        <source>bad string length</source>
        <translation>longueur de chaîne invalide</translation>
    </message>
    <message>
        <source>truncated string length</source>
        <translation>longueur de chaîne tronquée</translation>
    </message>
    <message>
        <source>truncated reference</source>
        <translation>référence tronquée</translation>
    </message>
    <message>
        <source>reference %1 out of range</source>
        <translation>référence %1 hors limites</translation>
    </message>
    <message>
        <source>string of %1 bytes runs past the end</source>
        <translation>une chaîne de %1 octets dépasse la fin</translation>
    </message>
    <message>
        <source>truncated long</source>
        <translation>long tronqué</translation>
    </message>
    <message>
        <source>long runs past the end</source>
        <translation>le long dépasse la fin</translation>
    </message>
    <message>
        <source>bad long digit</source>
        <translation>chiffre de long invalide</translation>
    </message>
    <message>
        <source>integer too large</source>
        <translation>entier trop grand</translation>
    </message>
    <message>
        <source>truncated tuple size</source>
        <translation>taille de tuple tronquée</translation>
    </message>
    <message>
        <source>bad sequence size</source>
        <translation>taille de séquence invalide</translation>
    </message>
    <message>
        <source>sequence of %1 items cannot fit</source>
        <translation>une séquence de %1 éléments ne peut pas tenir</translation>
    </message>
    <message>
        <source>unterminated dict</source>
        <translation>dict non terminé</translation>
    </message>
    <message>
        <source>dict too large</source>
        <translation>dict trop grand</translation>
    </message>
    <message>
        <source>bad float</source>
        <translation>float invalide</translation>
    </message>
    <message>
        <source>bad complex</source>
        <translation>complex invalide</translation>
    </message>
    <message>
        <source>truncated code object</source>
        <translation>objet code tronqué</translation>
    </message>
</context>
<context>
    <name>BundleScope::ModelWeightsAnalyzer</name>
    <message>
        <source>not in the format its extension promises</source>
        <translation>pas au format que promet son extension</translation>
    </message>
    <message>
        <source>format not parsed</source>
        <translation>format non analysé</translation>
    </message>
    <message>
        <source>Quantize at export time (for example optimum-quanto or bitsandbytes int8) and save the quantized state dict with safetensors.torch.save_file().</source>
        <translation>Quantifiez à l&apos;export (par exemple optimum-quanto ou bitsandbytes int8) et enregistrez le state dict quantifié avec safetensors.torch.save_file().</translation>
    </message>
    <message>
        <source>Convert once before building: save_file({k: v.half() for k, v in load_file(path).items()}, path) (safetensors.torch), or model.half().save_pretrained(...).</source>
        <translation>Convertissez une fois avant la construction : save_file({k: v.half() for k, v in load_file(path).items()}, path) (safetensors.torch), ou model.half().save_pretrained(...).</translation>
    </message>
    <message>
        <source>torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8), then torch.save the quantized model.</source>
        <translation>torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8), puis enregistrez le modèle quantifié avec torch.save.</translation>
    </message>
    <message>
        <source>torch.save({k: v.half() for k, v in torch.load(path).items()}, path), and call model.half() (or autocast) at load time.</source>
        <translation>torch.save({k: v.half() for k, v in torch.load(path).items()}, path), et appelez model.half() (ou autocast) au chargement.</translation>
    </message>
    <message>
        <source>onnxruntime.quantization.quantize_dynamic(model_in, model_out, weight_type=QuantType.QInt8).</source>
        <translation>onnxruntime.quantization.quantize_dynamic(model_in, model_out, weight_type=QuantType.QInt8).</translation>
    </message>
    <message>
        <source>onnxconverter_common.float16.convert_float_to_float16(model, keep_io_types=True), then onnx.save().</source>
        <translation>onnxconverter_common.float16.convert_float_to_float16(model, keep_io_types=True), puis onnx.save().</translation>
    </message>
    <message>
        <source>llama.cpp: llama-quantize model.gguf model-q8_0.gguf Q8_0.</source>
        <translation>llama.cpp : llama-quantize model.gguf model-q8_0.gguf Q8_0.</translation>
    </message>
    <message>
        <source>llama.cpp: llama-quantize model.gguf model-f16.gguf F16.</source>
        <translation>llama.cpp : llama-quantize model.gguf model-f16.gguf F16.</translation>
    </message>
    <message>
        <source>Quantize %1 to int8</source>
        <translation>Quantifier %1 en int8</translation>
    </message>
    <message>
        <source>Store %1 in float16</source>
        <translation>Stocker %1 en float16</translation>
    </message>
    <message>
        <source>%1 of float32 weights in %2 would take a quarter of the space as int8. Quantization costs accuracy that depends on the model: measure it on your validation set. An alternative to float16, not in addition.</source>
        <translation>%1 de poids float32 dans %2 occuperaient un quart de la place en int8. La quantification coûte une précision qui dépend du modèle : mesurez-la sur votre jeu de validation. Une alternative à float16, pas un complément.</translation>
    </message>
    <message>
        <source>%1 of float32 weights in %2 would take half the space as float16. Inference in float16 (or bfloat16, which keeps float32&apos;s range and suits recent CPUs and Ampere+ GPUs) is usually indistinguishable; check accuracy on your data.</source>
        <translation>%1 de poids float32 dans %2 occuperaient la moitié de la place en float16. L&apos;inférence en float16 (ou bfloat16, qui garde la plage de float32 et convient aux CPU récents et aux GPU Ampere+) est généralement indiscernable ; vérifiez la précision sur vos données.</translation>
    </message>
    <message>
        <source>The element type is not recorded in a form BundleScope reads: float32 is an assumption.</source>
        <translation>Le type des éléments n&apos;est pas enregistré sous une forme que BundleScope lit : float32 est une supposition.</translation>
    </message>
    <message>
        <source>Exporting the model to ONNX and running it with onnxruntime could also let the bundle drop torch entirely.</source>
        <translation>Exporter le modèle en ONNX et l&apos;exécuter avec onnxruntime pourrait aussi permettre au bundle de se passer entièrement de torch.</translation>
    </message>
    <message>
        <source>Download %1 at first use instead of bundling it</source>
        <translation>Télécharger %1 à la première utilisation au lieu de l&apos;inclure</translation>
    </message>
    <message>
        <source>%1 (%2) is larger than %3. Fetching it on first start (huggingface_hub.hf_hub_download, an internal artifact store) keeps the installer small and lets the model change without a rebuild; the bytes move to a download rather than disappear.</source>
        <translation>%1 (%2) dépasse %3. Le récupérer au premier démarrage (huggingface_hub.hf_hub_download, un dépôt d&apos;artefacts interne) garde l&apos;installeur petit et permet de changer de modèle sans reconstruire ; les octets passent dans un téléchargement au lieu de disparaître.</translation>
    </message>
    <message>
        <source>Remove the file from datas in the .spec and load it from a cache folder at run time, downloading it when missing.</source>
        <translation>Retirez le fichier des datas du .spec et chargez-le depuis un dossier de cache à l&apos;exécution, en le téléchargeant s&apos;il manque.</translation>
    </message>
    <message>
        <source>Model file %1 is unreadable</source>
        <translation>Le fichier de modèle %1 est illisible</translation>
    </message>
    <message>
        <source>Its weights could not be read (%1), so no saving is claimed.</source>
        <translation>Ses poids n&apos;ont pas pu être lus (%1) : aucune économie n&apos;est annoncée.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
</context>
<context>
    <name>BundleScope::NestedBundleExtractor</name>
    <message>
        <source>There is no such item in the bundle.</source>
        <translation>Cet élément n&apos;existe pas dans le bundle.</translation>
    </message>
    <message>
        <source>Only a file can be opened as a bundle of its own; this is a folder or a link.</source>
        <translation>Seul un fichier peut être ouvert comme bundle à part entière ; ceci est un dossier ou un lien.</translation>
    </message>
    <message>
        <source>The file&apos;s name cannot be used on disk.</source>
        <translation>Le nom du fichier n&apos;est pas utilisable sur le disque.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>The content of this bundle cannot be read.</source>
        <translation>Le contenu de ce bundle est illisible.</translation>
    </message>
    <message>
        <source>Extraction cancelled</source>
        <translation>Extraction annulée</translation>
    </message>
    <message>
        <source>Cannot read this file from the bundle: it is damaged or larger than the memory limit.</source>
        <translation>Impossible de lire ce fichier dans le bundle : il est endommagé ou dépasse la limite de mémoire.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Impossible d&apos;écrire le fichier : %1</translation>
    </message>
    <message>
        <source>This file is %1, more than the %2 BundleScope reads from inside an archive or one-file executable.</source>
        <translation>Ce fichier fait %1, plus que les %2 que BundleScope lit dans une archive ou un exécutable one-file.</translation>
    </message>
    <message>
        <source>Not enough free disk space to extract this file: it needs %1 (with %2 kept free), %3 is free.</source>
        <translation>Espace disque insuffisant pour extraire ce fichier : il faut %1 (en gardant %2 libres), %3 sont libres.</translation>
    </message>
    <message>
        <source>Cannot read this file from the bundle: %1</source>
        <translation>Impossible de lire ce fichier dans le bundle : %1</translation>
    </message>
    <message>
        <source>The file is damaged inside the bundle: %1 bytes could be read, %2 were expected.</source>
        <translation>Le fichier est endommagé dans le bundle : %1 octets ont pu être lus, %2 étaient attendus.</translation>
    </message>
</context>
<context>
    <name>BundleScope::OneFileSource</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::OnnxReader</name>
    <message>
        <source>Not a readable ONNX model (protobuf structure broken at byte %1).</source>
        <translation>Pas un modèle ONNX lisible (structure protobuf rompue à l&apos;octet %1).</translation>
    </message>
    <message>
        <source>Some weights live in external data files.</source>
        <translation>Certains poids se trouvent dans des fichiers de données externes.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ParallelGzipWriteDevice</name>
    <message>
        <source>The gzip stream can only be written, to an open device.</source>
        <translation>Le flux gzip ne peut qu&apos;être écrit, vers un périphérique ouvert.</translation>
    </message>
    <message>
        <source>zlib could not start a deflate stream at level %1.</source>
        <translation>zlib n&apos;a pas pu démarrer un flux deflate au niveau %1.</translation>
    </message>
    <message>
        <source>Could not write the compressed stream: %1</source>
        <translation>Impossible d&apos;écrire le flux compressé : %1</translation>
    </message>
    <message>
        <source>The gzip stream was aborted.</source>
        <translation>Le flux gzip a été interrompu.</translation>
    </message>
    <message>
        <source>zlib reported a stream error.</source>
        <translation>zlib a signalé une erreur de flux.</translation>
    </message>
</context>
<context>
    <name>BundleScope::PeReader</name>
    <message>
        <source>DOS header</source>
        <translation>En-tête DOS</translation>
    </message>
    <message>
        <source>Not a PE file: no MZ signature</source>
        <translation>Pas un fichier PE : pas de signature MZ</translation>
    </message>
    <message>
        <source>PE signature and COFF header</source>
        <translation>Signature PE et en-tête COFF</translation>
    </message>
    <message>
        <source>No PE signature at offset %1</source>
        <translation>Pas de signature PE au décalage %1</translation>
    </message>
    <message>
        <source>Optional header</source>
        <translation>En-tête optionnel</translation>
    </message>
    <message>
        <source>Unknown optional header magic 0x%1</source>
        <translation>Nombre magique 0x%1 inconnu dans l&apos;en-tête optionnel</translation>
    </message>
    <message>
        <source>Optional header of %1 bytes is too small</source>
        <translation>L&apos;en-tête optionnel de %1 octets est trop petit</translation>
    </message>
    <message>
        <source>%1 data directories do not fit the optional header</source>
        <translation>%1 répertoires de données ne tiennent pas dans l&apos;en-tête optionnel</translation>
    </message>
    <message>
        <source>COFF symbol table (%1 symbols) lies past the end of the file</source>
        <translation>La table des symboles COFF (%1 symboles) se trouve après la fin du fichier</translation>
    </message>
    <message>
        <source>COFF string table size</source>
        <translation>Taille de la table de chaînes COFF</translation>
    </message>
    <message>
        <source>COFF string table of %1 bytes does not fit the file</source>
        <translation>La table de chaînes COFF de %1 octets ne tient pas dans le fichier</translation>
    </message>
    <message>
        <source>COFF string table</source>
        <translation>Table de chaînes COFF</translation>
    </message>
    <message>
        <source>Section table</source>
        <translation>Table des sections</translation>
    </message>
    <message>
        <source>Long name of section %1 runs past the string table</source>
        <translation>Le nom long de la section %1 dépasse la table de chaînes</translation>
    </message>
    <message>
        <source>Section %1 (%2) lies past the end of the file</source>
        <translation>La section %1 (%2) se trouve après la fin du fichier</translation>
    </message>
    <message>
        <source>%1 at RVA 0x%2 is not inside any section</source>
        <translation>%1 à la RVA 0x%2 n&apos;est dans aucune section</translation>
    </message>
    <message>
        <source>%1 at RVA 0x%2 has no terminating NUL</source>
        <translation>%1 à la RVA 0x%2 n&apos;a pas de NUL final</translation>
    </message>
    <message>
        <source>Delay-load import directory</source>
        <translation>Répertoire d&apos;imports différés</translation>
    </message>
    <message>
        <source>Import directory</source>
        <translation>Répertoire d&apos;imports</translation>
    </message>
    <message>
        <source>%1 has no terminating entry</source>
        <translation>%1 n&apos;a pas d&apos;entrée finale</translation>
    </message>
    <message>
        <source>Imported DLL name</source>
        <translation>Nom de la DLL importée</translation>
    </message>
    <message>
        <source>Debug directory is not inside any section</source>
        <translation>Le répertoire de débogage n&apos;est dans aucune section</translation>
    </message>
    <message>
        <source>Debug directory</source>
        <translation>Répertoire de débogage</translation>
    </message>
    <message>
        <source>Debug data %1 lies past the end of the file</source>
        <translation>Les données de débogage %1 se trouvent après la fin du fichier</translation>
    </message>
</context>
<context>
    <name>BundleScope::PlainFolderScan</name>
    <message>
        <source>The folder does not exist.</source>
        <translation>Le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the folder: %1</source>
        <translation>Impossible d&apos;ouvrir le dossier : %1</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>L&apos;analyse du contenu a été annulée.</translation>
    </message>
</context>
<context>
    <name>BundleScope::PyzReader</name>
    <message>
        <source>PYZ archive truncated</source>
        <translation>Archive PYZ tronquée</translation>
    </message>
    <message>
        <source>Not a PYZ archive (bad magic)</source>
        <translation>Pas une archive PYZ (nombre magique incorrect)</translation>
    </message>
    <message>
        <source>PYZ table of contents offset %1 is out of range</source>
        <translation>Le décalage %1 de la table des matières PYZ est hors limites</translation>
    </message>
    <message>
        <source>PYZ table of contents truncated</source>
        <translation>Table des matières PYZ tronquée</translation>
    </message>
    <message>
        <source>PYZ table of contents has an unexpected entry</source>
        <translation>La table des matières PYZ a une entrée inattendue</translation>
    </message>
</context>
<context>
    <name>BundleScope::PyzRewriter</name>
    <message>
        <source>The PYZ archive would exceed 2 GiB.</source>
        <translation>L&apos;archive PYZ dépasserait 2 Gio.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ReadErrorsBanner</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Fichiers qui n&apos;ont pas pu être lus</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: their findings are missing from this list, and the potential may be larger.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu : ce qu&apos;il révèle manque à cette liste, et le potentiel peut être plus grand.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus : ce qu&apos;ils révèlent manque à cette liste, et le potentiel peut être plus grand.</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis could not read these files completely (they changed since the scan, vanished or returned a read error). Rescan the bundle to analyse them.</source>
        <translation>L&apos;analyse n&apos;a pas pu lire entièrement ces fichiers (ils ont changé depuis l&apos;analyse du contenu, ont disparu ou ont renvoyé une erreur de lecture). Rouvrez le bundle pour les analyser.</translation>
    </message>
    <message>
        <source>Hide files</source>
        <translation>Masquer les fichiers</translation>
    </message>
    <message>
        <source>Show files</source>
        <translation>Afficher les fichiers</translation>
    </message>
</context>
<context>
    <name>BundleScope::ReadErrorsIndicator</name>
    <message numerus="yes">
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis: %1: %2</source>
        <translation>Analyse : %1 : %2</translation>
    </message>
    <message>
        <source>Estimate: %1: %2</source>
        <translation>Estimation : %1 : %2</translation>
    </message>
</context>
<context>
    <name>BundleScope::ReadErrorsSection</name>
    <message>
        <source>Entries the analysis or the estimate could not read</source>
        <translation>Entrées que l&apos;analyse ou l&apos;estimation n&apos;a pas pu lire</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>BundleScope::RepeatedWeightsAnalyzer</name>
    <message>
        <source>Seeking to byte %1 failed: %2</source>
        <translation>Impossible d&apos;atteindre l&apos;octet %1 : %2</translation>
    </message>
    <message>
        <source>Tensors overlap in a file that can only be read forward.</source>
        <translation>Des tenseurs se chevauchent dans un fichier qui ne peut être lu que vers l&apos;avant.</translation>
    </message>
    <message>
        <source>The file ends before byte %1: it changed since the scan.</source>
        <translation>Le fichier se termine avant l&apos;octet %1 : il a changé depuis l&apos;analyse.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>Échec de la lecture : %1</translation>
    </message>
    <message>
        <source>Reading tensor bytes stopped after %1 of %2 bytes: the file changed since the scan.</source>
        <translation>La lecture des octets des tenseurs s&apos;est arrêtée après %1 octets sur %2 : le fichier a changé depuis l&apos;analyse.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>is a whole pickled model (class %1), not a state dict; it</source>
        <translation>est un modèle picklé complet (classe %1), pas un state dict ; il</translation>
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
            <numerusform>%1 contient %n tenseur identique (%2, p. ex. %3).</numerusform>
            <numerusform>%1 contient %n tenseurs identiques (%2, p. ex. %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also holds %n tensor(s) (%1) the kept file lacks.</source>
        <translation>
            <numerusform>Il contient aussi %n tenseur (%1) absent du fichier conservé.</numerusform>
            <numerusform>Il contient aussi %n tenseurs (%1) absents du fichier conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same weights in %1 files: keep %2</source>
        <translation>Mêmes poids dans %1 fichiers : garder %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tensor(s) (%2).</source>
        <translation>
            <numerusform>%1 contient %n tenseur (%2).</numerusform>
            <numerusform>%1 contient %n tenseurs (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Same bytes in another container: the app needs one of them.</source>
        <translation>Mêmes octets dans un autre conteneur : l&apos;application n&apos;a besoin que de l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>A whole pickled model needs its class&apos;s code at load time and unpickles arbitrary objects; the state dict of the same tensors is the safer file to keep.</source>
        <translation>Un modèle picklé complet a besoin du code de sa classe au chargement et désérialise des objets arbitraires ; le state dict des mêmes tenseurs est le fichier le plus sûr à garder.</translation>
    </message>
    <message>
        <source>Keep %1 and load it with %2; remove the code that loads %3. Then drop those files from datas: list only %1 in datas, or add after Analysis(...) in the .spec file:</source>
        <translation>Gardez %1 et chargez-le avec %2 ; supprimez le code qui charge %3. Retirez ensuite ces fichiers des datas : ne listez que %1 dans datas, ou ajoutez après Analysis(...) dans le fichier .spec :</translation>
    </message>
    <message>
        <source>%1 and %2 share most of their weights</source>
        <translation>%1 et %2 partagent la plupart de leurs poids</translation>
    </message>
    <message>
        <source>%1 tensors (%2, e.g. %3) are the same bytes in %4 and %5, but %6 tensors (%7) of %4 and %8 tensors (%9) of %5 differ: not the same model, so neither file can simply go.</source>
        <translation>%1 tenseurs (%2, p. ex. %3) sont identiques octet pour octet dans %4 et %5, mais %6 tenseurs (%7) de %4 et %8 tenseurs (%9) de %5 diffèrent : ce n&apos;est pas le même modèle, aucun des deux fichiers ne peut donc simplement partir.</translation>
    </message>
    <message>
        <source>None by itself. If both should be the same model, export them again from one checkpoint and ship one.</source>
        <translation>Aucune en soi. Si les deux doivent être le même modèle, exportez-les à nouveau depuis un seul checkpoint et n&apos;en livrez qu&apos;un.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ReportCommand</name>
    <message>
        <source>Scanning: %1 files, %2</source>
        <translation>Analyse : %1 fichiers, %2</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Impossible d&apos;écrire le rapport : %1</translation>
    </message>
    <message>
        <source>Scans a bundle and prints its size report (totals, categories, packages, largest files).</source>
        <translation>Analyse un bundle et affiche son rapport de taille (totaux, catégories, paquets, plus gros fichiers).</translation>
    </message>
    <message>
        <source>report [options] PATH</source>
        <translation>report [options] CHEMIN</translation>
    </message>
    <message>
        <source>The bundle: a dist/&lt;app&gt; folder, a one-file executable or an archive.</source>
        <translation>Le bundle : un dossier dist/&lt;app&gt;, un exécutable monofichier ou une archive.</translation>
    </message>
    <message>
        <source>Output format: %1 (default: text).</source>
        <translation>Format de sortie : %1 (par défaut : text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Number of largest files and packages listed (default: %1).</source>
        <translation>Nombre de plus gros fichiers et paquets listés (par défaut : %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Writes the report to FILE instead of standard output.</source>
        <translation>Écrit le rapport dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Also runs the analyzers and lists optimization candidates and the overall potential saving.</source>
        <translation>Lance aussi les analyses et liste les candidats d&apos;optimisation et l&apos;économie potentielle totale.</translation>
    </message>
    <message>
        <source>With --candidates: lists only candidates saving at least SIZE (e.g. 10MB).</source>
        <translation>Avec --candidates : ne liste que les candidats économisant au moins TAILLE (p. ex. 10MB).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>Also estimates the tar.gz, zip, tar.xz and tar.zst archive sizes (sampled).</source>
        <translation>Estime aussi les tailles d&apos;archive tar.gz, zip, tar.xz et tar.zst (par échantillonnage).</translation>
    </message>
    <message>
        <source>Also saves a snapshot of the scan to FILE (see bundlescope snapshot).</source>
        <translation>Enregistre aussi un instantané de l&apos;analyse dans FICHIER (voir bundlescope snapshot).</translation>
    </message>
    <message>
        <source>bundlescope report: missing PATH.</source>
        <translation>bundlescope report : CHEMIN manquant.</translation>
    </message>
    <message>
        <source>bundlescope report: only one PATH, please.</source>
        <translation>bundlescope report : un seul CHEMIN, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>bundlescope report: unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation>bundlescope report : format inconnu « %1 » ; utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>bundlescope report: --top needs a positive whole number, not &quot;%1&quot;.</source>
        <translation>bundlescope report : --top attend un nombre entier positif, pas « %1 ».</translation>
    </message>
    <message>
        <source>bundlescope report: --min-saving needs a size such as 10MB, not &quot;%1&quot;.</source>
        <translation>bundlescope report : --min-saving attend une taille comme 10MB, pas « %1 ».</translation>
    </message>
    <message>
        <source>bundlescope report: %1</source>
        <translation>bundlescope report : %1</translation>
    </message>
    <message>
        <source>With --candidates: also advises (and counts in the potential) low-confidence candidates, e.g. libraries nothing links that may still be loaded at run time. Test the bundle after applying them.</source>
        <translation>Avec --candidates : conseille aussi les candidats de faible confiance (et les compte dans le potentiel), p. ex. des bibliothèques que rien ne lie mais qui peuvent tout de même être chargées à l&apos;exécution. Testez le bundle après les avoir appliqués.</translation>
    </message>
    <message>
        <source>warning: a snapshot holds no file contents: no archive size is estimated.</source>
        <translation>avertissement : un instantané ne contient pas le contenu des fichiers : aucune taille d&apos;archive n&apos;est estimée.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ReportTables</name>
    <message>
        <source>%1 files, %2 folders, %3 symlinks, %4 errors</source>
        <translation>%1 fichiers, %2 dossiers, %3 liens symboliques, %4 erreurs</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Packages (largest %1 of %2)</source>
        <translation>Paquets (les %1 plus gros sur %2)</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Largest files</source>
        <translation>Plus gros fichiers</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) not shown; the JSON report lists all.</source>
        <translation>
            <numerusform>%n autre erreur non affichée ; le rapport JSON les liste toutes.</numerusform>
            <numerusform>%n autres erreurs non affichées ; le rapport JSON les liste toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Python %1, bootloader %2, PKG %3, PYZ %4</source>
        <translation>Python %1, chargeur d&apos;amorçage %2, PKG %3, PYZ %4</translation>
    </message>
    <message>
        <source>one-file: unpacks to a temporary folder at every start (a one-folder bundle starts faster)</source>
        <translation>one-file : se décompresse dans un dossier temporaire à chaque démarrage (un bundle one-folder démarre plus vite)</translation>
    </message>
    <message>
        <source>What loads the largest native files</source>
        <translation>Ce qui charge les plus gros fichiers natifs</translation>
    </message>
    <message>
        <source>Shortest chain from each file to the extension module or launcher that loads it first.</source>
        <translation>Chaîne la plus courte de chaque fichier au module d&apos;extension ou au lanceur qui le charge en premier.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Requise par</translation>
    </message>
    <message>
        <source>Excluding saves: what leaves the bundle when only this package is excluded. Native libraries other packages also need stay; they belong to the package whose folder or name family they carry, or to a &quot;shared&quot; entry that lists the packages needing them.</source>
        <translation>Économie si exclu : ce qui quitte le bundle quand seul ce paquet est exclu. Les bibliothèques natives dont d&apos;autres paquets ont aussi besoin restent ; elles appartiennent au paquet dont elles portent le dossier ou la famille de noms, ou à une entrée « shared » qui liste les paquets qui en ont besoin.</translation>
    </message>
    <message>
        <source>Excluding saves</source>
        <translation>Économie si exclu</translation>
    </message>
    <message>
        <source>Also needed by</source>
        <translation>Aussi requis par</translation>
    </message>
</context>
<context>
    <name>BundleScope::SafetensorsReader</name>
    <message>
        <source>Not a safetensors file: shorter than its 8-byte header length.</source>
        <translation>Pas un fichier safetensors : plus court que sa longueur d&apos;en-tête de 8 octets.</translation>
    </message>
    <message>
        <source>safetensors header of %1 bytes exceeds the 100 MB limit.</source>
        <translation>L&apos;en-tête safetensors de %1 octets dépasse la limite de 100 Mo.</translation>
    </message>
    <message>
        <source>safetensors header length %1 does not fit the file.</source>
        <translation>La longueur d&apos;en-tête safetensors %1 ne correspond pas au fichier.</translation>
    </message>
    <message>
        <source>safetensors header is truncated.</source>
        <translation>L&apos;en-tête safetensors est tronqué.</translation>
    </message>
    <message>
        <source>safetensors header is not a JSON object: %1</source>
        <translation>L&apos;en-tête safetensors n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>safetensors tensor &quot;%1&quot; lacks dtype or data_offsets.</source>
        <translation>Le tenseur safetensors « %1 » n&apos;a pas de dtype ou de data_offsets.</translation>
    </message>
    <message>
        <source>safetensors tensor &quot;%1&quot; has data_offsets outside the file.</source>
        <translation>Le tenseur safetensors « %1 » a des data_offsets hors du fichier.</translation>
    </message>
    <message>
        <source>safetensors tensor &quot;%1&quot; has an invalid shape.</source>
        <translation>Le tenseur safetensors « %1 » a une forme invalide.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ScanProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>Analyse de %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in %2 s</source>
        <translation>
            <numerusform>%n fichier, %1 en %2 s</numerusform>
            <numerusform>%n fichiers, %1 en %2 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::Screenshotter</name>
    <message>
        <source>Timed out waiting for the bundle to open and render</source>
        <translation>Délai dépassé en attendant l&apos;ouverture et le rendu du bundle</translation>
    </message>
    <message>
        <source>Cannot open the bundle: %1</source>
        <translation>Impossible d&apos;ouvrir le bundle : %1</translation>
    </message>
    <message>
        <source>The scan was cancelled</source>
        <translation>L&apos;analyse du contenu a été annulée</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>The window could not be rendered</source>
        <translation>Impossible de rendre la fenêtre</translation>
    </message>
    <message>
        <source>Cannot write the screenshot: %1</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran : %1</translation>
    </message>
    <message>
        <source>Verification cannot run on this bundle: %1</source>
        <translation>La vérification ne peut pas s’exécuter sur ce bundle : %1</translation>
    </message>
    <message>
        <source>The verification did not finish: %1</source>
        <translation>La vérification ne s’est pas terminée : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimCandidates</name>
    <message>
        <source>rewrites binaries (strip) instead of removing files; apply it in the .spec and re-run slim</source>
        <translation>réécrit des binaires (strip) au lieu de retirer des fichiers ; appliquez la modification dans le .spec et relancez slim</translation>
    </message>
    <message>
        <source>rewrites binaries (UPX) instead of removing files; apply it in the .spec and re-run slim</source>
        <translation>réécrit des binaires (UPX) au lieu de retirer des fichiers ; appliquez la modification dans le .spec et relancez slim</translation>
    </message>
    <message>
        <source>needs a code change (converting or loading the weights differently)</source>
        <translation>nécessite une modification du code (convertir ou charger les poids autrement)</translation>
    </message>
    <message>
        <source>needs a rebuild with another layout</source>
        <translation>nécessite une reconstruction avec une autre structure</translation>
    </message>
    <message>
        <source>removes no files on its own; needs a code change or a rebuild</source>
        <translation>ne retire aucun fichier à lui seul ; nécessite une modification du code ou une reconstruction</translation>
    </message>
    <message>
        <source>its files are members of the launcher&apos;s archive other than PYZ modules; verifying them needs a rebuild</source>
        <translation>ses fichiers sont des entrées de l&apos;archive du lanceur autres que des modules PYZ ; les vérifier nécessite une reconstruction</translation>
    </message>
    <message numerus="yes">
        <source>%n launcher member(s) other than PYZ modules stay (not verified)</source>
        <translation>
            <numerusform>%n entrée du lanceur autre qu&apos;un module PYZ reste (non vérifiée)</numerusform>
            <numerusform>%n entrées du lanceur autres que des modules PYZ restent (non vérifiées)</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate with the id %1 (bundlescope report PATH --candidates lists them).</source>
        <translation>Aucun candidat avec l&apos;id %1 (bundlescope report CHEMIN --candidates les liste).</translation>
    </message>
    <message>
        <source>Folder %1, not opened in the traced run</source>
        <translation>Dossier %1, non ouvert pendant l&apos;exécution tracée</translation>
    </message>
    <message>
        <source>%1, not opened in the traced run</source>
        <translation>%1, non ouvert pendant l&apos;exécution tracée</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimCommand</name>
    <message>
        <source>Finds which candidates the app really runs without, by running it on a copy, and writes the slimmed bundle.</source>
        <translation>Trouve les candidats dont l&apos;application se passe vraiment, en la lançant sur une copie, et écrit le bundle allégé.</translation>
    </message>
    <message>
        <source>slim [options] PATH --run CMD</source>
        <translation>slim [options] CHEMIN --run COMMANDE</translation>
    </message>
    <message>
        <source>The one-folder bundle (dist/&lt;app&gt;) or an archive of it.</source>
        <translation>Le bundle en dossier (dist/&lt;app&gt;) ou une archive de celui-ci.</translation>
    </message>
    <message>
        <source>The command that checks the app, run by /bin/sh -c in the copy&apos;s top folder (e.g. &quot;./app --selftest&quot;).</source>
        <translation>La commande qui vérifie l&apos;application, lancée par /bin/sh -c dans le dossier racine de la copie (p. ex. « ./app --selftest »).</translation>
    </message>
    <message>
        <source>CMD</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>Text the command&apos;s output must contain to pass (besides exit status 0).</source>
        <translation>Texte que la sortie de la commande doit contenir pour réussir (en plus du statut de sortie 0).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Seconds before a run is killed and counted as failed (default: 120).</source>
        <translation>Secondes avant qu&apos;une exécution soit tuée et comptée comme un échec (par défaut : 120).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>advised (default), all, or a comma-separated list of candidate ids.</source>
        <translation>advised (par défaut), all, ou une liste d&apos;ids de candidats séparés par des virgules.</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>LESQUELS</translation>
    </message>
    <message>
        <source>Record the baseline run with strace and also try removing large files and folders it never opened.</source>
        <translation>Enregistre l&apos;exécution de référence avec strace et essaie aussi de retirer les gros fichiers et dossiers qu&apos;elle n&apos;a jamais ouverts.</translation>
    </message>
    <message>
        <source>Write the slimmed bundle: FILE.tar.gz, .zip, .tar.xz, .tar.zst, or a new DIR.</source>
        <translation>Écrit le bundle allégé : FICHIER.tar.gz, .zip, .tar.xz, .tar.zst, ou un nouveau DOSSIER.</translation>
    </message>
    <message>
        <source>FILE|DIR</source>
        <translation>FICHIER|DOSSIER</translation>
    </message>
    <message>
        <source>text or json (default: text).</source>
        <translation>text ou json (par défaut : text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>bundlescope slim: needs one PATH, --run CMD, a --timeout of at least 1 second and --format text|json.</source>
        <translation>bundlescope slim : attend un CHEMIN, --run COMMANDE, un --timeout d&apos;au moins 1 seconde et --format text|json.</translation>
    </message>
    <message>
        <source>bundlescope slim: %1 exists already; choose a new --out.</source>
        <translation>bundlescope slim : %1 existe déjà ; choisissez un autre --out.</translation>
    </message>
    <message>
        <source>bundlescope slim: %1</source>
        <translation>bundlescope slim : %1</translation>
    </message>
    <message>
        <source>bundlescope slim: the untouched bundle does not pass (%1); nothing was tried or written. Last lines of its output:</source>
        <translation>bundlescope slim : le bundle intact ne passe pas (%1) ; rien n&apos;a été essayé ni écrit. Dernières lignes de sa sortie :</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 s): %3.</source>
        <translation>%1 écrit (%2 s) : %3.</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimEngine</name>
    <message numerus="yes">
        <source>trial %1: %n candidate(s) removed (%2): %3 in %4 s (+%5 s)%6</source>
        <translation>
            <numerusform>essai %1 : %n candidat retiré (%2) : %3 en %4 s (+%5 s)%6</numerusform>
            <numerusform>essai %1 : %n candidats retirés (%2) : %3 en %4 s (+%5 s)%6</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Copying %1 to a working folder…</source>
        <translation>Copie de %1 dans un dossier de travail…</translation>
    </message>
    <message>
        <source>strace is not installed (apt-get install strace): no unused-in-the-run candidates.</source>
        <translation>strace n&apos;est pas installé (apt-get install strace) : pas de candidats inutilisés pendant l&apos;exécution.</translation>
    </message>
    <message>
        <source>Baseline run (traced)…</source>
        <translation>Exécution de référence (tracée)…</translation>
    </message>
    <message>
        <source>Baseline run…</source>
        <translation>Exécution de référence…</translation>
    </message>
    <message numerus="yes">
        <source>The traced run touched %n path(s); %1 unused file(s)/folder(s) become candidates.</source>
        <translation>
            <numerusform>L&apos;exécution tracée a touché %n chemin ; %1 fichiers ou dossiers inutilisés deviennent des candidats.</numerusform>
            <numerusform>L&apos;exécution tracée a touché %n chemins ; %1 fichiers ou dossiers inutilisés deviennent des candidats.</numerusform>
        </translation>
    </message>
    <message>
        <source>not opened in the traced run; the app passes without it</source>
        <translation>non ouvert pendant l&apos;exécution tracée ; l&apos;application réussit sans lui</translation>
    </message>
    <message>
        <source>the app passes without it</source>
        <translation>l&apos;application réussit sans lui</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimInput</name>
    <message>
        <source>No such file or folder.</source>
        <translation>Aucun fichier ou dossier de ce nom.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>This is a one-file executable: its files exist only while it runs, unpacked to a temporary folder, so slim cannot remove them one by one. Rebuild the app one-folder (pyinstaller --onedir) to slim it; &quot;bundlescope report&quot; still shows its contents.</source>
        <translation>Ceci est un exécutable monofichier : ses fichiers n&apos;existent que pendant son exécution, décompressés dans un dossier temporaire, donc slim ne peut pas les retirer un par un. Reconstruisez l&apos;application en dossier (pyinstaller --onedir) pour l&apos;alléger ; « bundlescope report » affiche quand même son contenu.</translation>
    </message>
    <message>
        <source>This is neither a one-folder bundle nor an archive of one (.zip, .tar, .tar.gz, .tar.xz, .tar.bz2, .tar.zst).</source>
        <translation>Ce n&apos;est ni un bundle en dossier ni une archive d&apos;un tel bundle (.zip, .tar, .tar.gz, .tar.xz, .tar.bz2, .tar.zst).</translation>
    </message>
    <message>
        <source>Cannot open the archive: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;archive : %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>Cannot extract the archive.</source>
        <translation>Impossible d&apos;extraire l&apos;archive.</translation>
    </message>
    <message>
        <source>Cannot rename the extracted folder.</source>
        <translation>Impossible de renommer le dossier extrait.</translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %n bundles (%1); slim works on one app: extract the archive and slim one folder.</source>
        <translation>
            <numerusform>L&apos;archive contient %n bundle (%1) ; slim travaille sur une seule application : extrayez l&apos;archive et allégez un seul dossier.</numerusform>
            <numerusform>L&apos;archive contient %n bundles (%1) ; slim travaille sur une seule application : extrayez l&apos;archive et allégez un seul dossier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimOutput</name>
    <message numerus="yes">
        <source>; the launcher rewritten without %n PYZ module(s)</source>
        <translation>
            <numerusform>; le lanceur réécrit sans %n module PYZ</numerusform>
            <numerusform>; le lanceur réécrit sans %n modules PYZ</numerusform>
        </translation>
    </message>
    <message>
        <source>The destination exists already.</source>
        <translation>La destination existe déjà.</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Impossible de créer le dossier.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>Cannot move the slimmed bundle into place.</source>
        <translation>Impossible de déplacer le bundle allégé à son emplacement.</translation>
    </message>
    <message>
        <source>a copy of the bundle with the verified removals applied (duplicates as relative symlinks)</source>
        <translation>une copie du bundle avec les suppressions vérifiées appliquées (doublons sous forme de liens symboliques relatifs)</translation>
    </message>
    <message>
        <source>written by the exporter from a trimmed copy of the bundle (verified removals applied, duplicates as relative symlinks, the launcher as one file)</source>
        <translation>écrit par l&apos;exporteur à partir d&apos;une copie réduite du bundle (suppressions vérifiées appliquées, doublons sous forme de liens symboliques relatifs, le lanceur en un seul fichier)</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimReportWriter</name>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>casse</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>non essayé</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %1 -&gt; %2 (%3), %n trial(s), %4 s</source>
        <translation>
            <numerusform>Vérifié : %1 -&gt; %2 (%3), %n essai, %4 s</numerusform>
            <numerusform>Vérifié : %1 -&gt; %2 (%3), %n essais, %4 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Baseline %1 s; overhead per trial %2 s on average, %3 s at most; working copy made in %4 s.</source>
        <translation>Exécution de référence %1 s ; surcoût par essai de %2 s en moyenne, %3 s au plus ; copie de travail faite en %4 s.</translation>
    </message>
    <message>
        <source>PyInstaller .spec changes for the verified removals:</source>
        <translation>Modifications du .spec PyInstaller pour les suppressions vérifiées :</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimResultStore</name>
    <message>
        <source>Cannot remember the verification in %1: %2</source>
        <translation>Impossible de mémoriser la vérification dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimVerdictStyle</name>
    <message>
        <source>Verified: can be removed</source>
        <translation>Vérifié : peut être retiré</translation>
    </message>
    <message>
        <source>Breaks the app</source>
        <translation>Casse l’application</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Non essayé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimVerifyDialog</name>
    <message>
        <source>Verify Slimming</source>
        <translation>Vérifier l’allègement</translation>
    </message>
    <message numerus="yes">
        <source>BundleScope copies the bundle to a temporary folder, runs the command there untouched, then without the %n checked candidate(s), and narrows down any that break the app. The bundle itself is never changed.</source>
        <translation>
            <numerusform>BundleScope copie le bundle dans un dossier temporaire, y lance la commande sans rien changer, puis sans le %n candidat coché, et isole ce qui casse l’application. Le bundle lui-même n’est jamais modifié.</numerusform>
            <numerusform>BundleScope copie le bundle dans un dossier temporaire, y lance la commande sans rien changer, puis sans les %n candidats cochés, et isole ceux qui cassent l’application. Le bundle lui-même n’est jamais modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. ./app --selftest</source>
        <translation>p. ex. ./app --selftest</translation>
    </message>
    <message>
        <source>Run by /bin/sh -c in the copy&apos;s top folder; it passes when it exits with status 0.</source>
        <translation>Lancée par /bin/sh -c dans le dossier racine de la copie ; elle réussit si elle se termine avec le statut 0.</translation>
    </message>
    <message>
        <source>optional, e.g. self-test ok</source>
        <translation>facultatif, p. ex. self-test ok</translation>
    </message>
    <message>
        <source>When set, the command&apos;s output (stdout and stderr) must also contain this text.</source>
        <translation>Si renseigné, la sortie de la commande (stdout et stderr) doit aussi contenir ce texte.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A run that takes longer is killed with its child processes and counts as failed.</source>
        <translation>Une exécution plus longue est tuée avec ses processus enfants et compte comme un échec.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>&amp;Expected output:</source>
        <translation>Sortie &amp;attendue :</translation>
    </message>
    <message>
        <source>&amp;Timeout per run:</source>
        <translation>&amp;Délai par exécution :</translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimVerifyPanel</name>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A one-file executable unpacks its files only while it runs, so they cannot be left out one by one. Rebuild the app one-folder (PyInstaller --onedir) to verify slimming.</source>
        <translation>Un exécutable one-file ne décompresse ses fichiers que pendant son exécution : on ne peut pas les omettre un par un. Reconstruisez l’application en one-folder (PyInstaller --onedir) pour vérifier l’allègement.</translation>
    </message>
    <message>
        <source>Verification runs the app from a folder: extract the archive and open the folder, or run bundlescope slim ARCHIVE --run CMD.</source>
        <translation>La vérification lance l’application depuis un dossier : extrayez l’archive et ouvrez le dossier, ou lancez bundlescope slim ARCHIVE --run COMMANDE.</translation>
    </message>
    <message>
        <source>A snapshot holds no files to run: open the bundle itself to verify slimming.</source>
        <translation>Un instantané ne contient aucun fichier à exécuter : ouvrez le bundle lui-même pour vérifier l’allègement.</translation>
    </message>
    <message>
        <source>Open a bundle and wait for its analysis to finish.</source>
        <translation>Ouvrez un bundle et attendez la fin de son analyse.</translation>
    </message>
    <message>
        <source>A verification is running.</source>
        <translation>Une vérification est en cours.</translation>
    </message>
    <message>
        <source>Check the candidates to verify.</source>
        <translation>Cochez les candidats à vérifier.</translation>
    </message>
    <message>
        <source>Run the app on a copy of the bundle without the checked candidates, and find out which ones it really runs without</source>
        <translation>Lancer l’application sur une copie du bundle sans les candidats cochés, et trouver ceux dont elle se passe vraiment</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling: stopping the app and removing the working copy…</source>
        <translation>Annulation : arrêt de l’application et suppression de la copie de travail…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Trial %1: without %2</source>
        <translation>Essai %1 : sans %2</translation>
    </message>
    <message>
        <source>%1 · %2 elapsed</source>
        <translation>%1 · %2 écoulé</translation>
    </message>
    <message>
        <source>The untouched bundle does not pass &quot;%1&quot; (%2): nothing was tried. Check the command in a terminal first.</source>
        <translation>Le bundle intact ne passe pas « %1 » (%2) : rien n’a été essayé. Vérifiez d’abord la commande dans un terminal.</translation>
    </message>
    <message>
        <source>Verification cancelled; the app was stopped and the working copy removed.</source>
        <translation>Vérification annulée ; l’application a été arrêtée et la copie de travail supprimée.</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>La vérification a échoué : %1</translation>
    </message>
    <message>
        <source>Verified: %1 -&gt; %2 (%3)</source>
        <translation>Vérifié : %1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>%1 removable</source>
        <translation>%1 retirables</translation>
    </message>
    <message>
        <source>%1 breaking</source>
        <translation>%1 cassent</translation>
    </message>
    <message>
        <source>%1 not tried</source>
        <translation>%1 non essayés</translation>
    </message>
    <message>
        <source>trials: %1</source>
        <translation>essais : %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Commande : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::SnapshotCommand</name>
    <message>
        <source>Scans a bundle and saves a snapshot file that compare, report and the GUI open without the bundle.</source>
        <translation>Analyse un bundle et enregistre un fichier d&apos;instantané que compare, report et l&apos;interface ouvrent sans le bundle.</translation>
    </message>
    <message>
        <source>snapshot [options] PATH --out FILE</source>
        <translation>snapshot [options] CHEMIN --out FICHIER</translation>
    </message>
    <message>
        <source>The bundle: a folder, a one-file executable or an archive.</source>
        <translation>Le bundle : un dossier, un exécutable monofichier ou une archive.</translation>
    </message>
    <message>
        <source>The snapshot file to write, e.g. app.bundlescope.json (gzip-compressed when it ends in .gz).</source>
        <translation>Le fichier d&apos;instantané à écrire, p. ex. app.bundlescope.json (compressé en gzip s&apos;il se termine par .gz).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Also runs the analyzers and stores the candidates in the snapshot.</source>
        <translation>Lance aussi les analyses et enregistre les candidats dans l&apos;instantané.</translation>
    </message>
    <message>
        <source>bundlescope snapshot: needs one PATH and --out FILE.</source>
        <translation>bundlescope snapshot : attend un CHEMIN et --out FICHIER.</translation>
    </message>
    <message>
        <source>bundlescope snapshot: %1</source>
        <translation>bundlescope snapshot : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::SnapshotReader</name>
    <message>
        <source>The compressed snapshot cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir l&apos;instantané compressé.</translation>
    </message>
    <message>
        <source>The compressed snapshot is corrupt or truncated.</source>
        <translation>L&apos;instantané compressé est corrompu ou tronqué.</translation>
    </message>
    <message>
        <source>The compressed snapshot is empty or truncated.</source>
        <translation>L&apos;instantané compressé est vide ou tronqué.</translation>
    </message>
    <message>
        <source>The snapshot cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;instantané : %1</translation>
    </message>
    <message>
        <source>The snapshot is not valid JSON (%1 at byte %2).</source>
        <translation>L&apos;instantané n&apos;est pas un JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The snapshot is not a JSON object.</source>
        <translation>L&apos;instantané n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>This is not a BundleScope snapshot (schema &quot;%1&quot;).</source>
        <translation>Ce n&apos;est pas un instantané BundleScope (schéma « %1 »).</translation>
    </message>
    <message>
        <source>The snapshot schema &quot;%1&quot; has no valid version.</source>
        <translation>Le schéma d&apos;instantané « %1 » n&apos;a pas de version valide.</translation>
    </message>
    <message>
        <source>The snapshot uses format version %1; this BundleScope reads version %2 only. Update BundleScope.</source>
        <translation>L&apos;instantané utilise la version de format %1 ; ce BundleScope ne lit que la version %2. Mettez BundleScope à jour.</translation>
    </message>
    <message>
        <source>The snapshot has no nodes or no package table.</source>
        <translation>L&apos;instantané n&apos;a pas de nœuds ou pas de table des paquets.</translation>
    </message>
    <message>
        <source>Node %1 of the snapshot is inconsistent.</source>
        <translation>Le nœud %1 de l&apos;instantané est incohérent.</translation>
    </message>
</context>
<context>
    <name>BundleScope::SnapshotSource</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>BundleScope::SnapshotWriter</name>
    <message>
        <source>The snapshot could not be compressed.</source>
        <translation>L&apos;instantané n&apos;a pas pu être compressé.</translation>
    </message>
    <message>
        <source>The snapshot could not be written: %1</source>
        <translation>L&apos;instantané n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>The snapshot could not be written (%1 of %2 bytes): %3</source>
        <translation>L&apos;instantané n&apos;a pas pu être écrit (%1 octets sur %2) : %3</translation>
    </message>
</context>
<context>
    <name>BundleScope::SourceFactory</name>
    <message>
        <source>No such file or folder.</source>
        <translation>Aucun fichier ou dossier de ce nom.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
    <message>
        <source>This file is neither a PyInstaller one-file executable nor a supported archive (.zip, .whl, .tar, .tar.gz, .tar.xz, .tar.bz2, .tar.zst).</source>
        <translation>Ce fichier n&apos;est ni un exécutable PyInstaller monofichier ni une archive prise en charge (.zip, .whl, .tar, .tar.gz, .tar.xz, .tar.bz2, .tar.zst).</translation>
    </message>
    <message>
        <source>This is neither a folder nor a file.</source>
        <translation>Ce n&apos;est ni un dossier ni un fichier.</translation>
    </message>
</context>
<context>
    <name>BundleScope::SpecFragmentDialog</name>
    <message>
        <source>Spec fragment</source>
        <translation>Fragment de spec</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save spec fragment</source>
        <translation>Enregistrer le fragment de spec</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Python files (*.py);;All files (*)</source>
        <translation>Fichiers Python (*.py);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>BundleScope::SpecFragmentGenerator</name>
    <message>
        <source># After COLLECT(...): replace duplicate copies with relative symlinks (Linux/macOS one-folder builds).
</source>
        <translation># Après COLLECT(...) : remplacer les copies en double par des liens symboliques relatifs (builds en dossier Linux/macOS).
</translation>
    </message>
    <message>
        <source># Pass these to EXE(...) and COLLECT(...):
</source>
        <translation># Passez-les à EXE(...) et COLLECT(...) :
</translation>
    </message>
    <message numerus="yes">
        <source># BundleScope spec fragment for %1: %n change(s), saving about %2 of %3 (%4).
</source>
        <translation>
            <numerusform># Fragment de spec BundleScope pour %1 : %n modification, économie d&apos;environ %2 sur %3 (%4).
</numerusform>
            <numerusform># Fragment de spec BundleScope pour %1 : %n modifications, économie d&apos;environ %2 sur %3 (%4).
</numerusform>
        </translation>
    </message>
    <message>
        <source># Merge it into your .spec file: each section says where it goes.
</source>
        <translation># Fusionnez-le dans votre fichier .spec : chaque section indique où elle va.
</translation>
    </message>
    <message>
        <source>
# Pass to Analysis(...): a = Analysis([...], excludes=bundlescope_excludes, ...)
</source>
        <translation>
# À passer à Analysis(...) : a = Analysis([...], excludes=bundlescope_excludes, ...)
</translation>
    </message>
    <message>
        <source>
# After a = Analysis(...): stop collecting these files.
</source>
        <translation>
# Après a = Analysis(...) : ne plus collecter ces fichiers.
</translation>
    </message>
    <message>
        <source>Outside the spec file:</source>
        <translation>Hors du fichier spec :</translation>
    </message>
</context>
<context>
    <name>BundleScope::StripAnalyzer</name>
    <message>
        <source>Set strip=True in EXE() and COLLECT() of the .spec file. PyInstaller then runs `strip` on every collected binary (`strip -S`, debug symbols only, on macOS).</source>
        <translation>Mettez strip=True dans EXE() et COLLECT() du fichier .spec. PyInstaller lance alors `strip` sur chaque binaire collecté (`strip -S`, symboles de débogage seulement, sous macOS).</translation>
    </message>
    <message numerus="yes">
        <source>Strip symbols and debug info from %n Linux binaries</source>
        <translation>
            <numerusform>Retirer symboles et infos de débogage de %n binaire Linux</numerusform>
            <numerusform>Retirer symboles et infos de débogage de %n binaires Linux</numerusform>
        </translation>
    </message>
    <message>
        <source>These ELF files carry symbol tables or DWARF debug sections that nothing needs at run time. The saving is exact: it is computed from the layout strip writes.</source>
        <translation>Ces fichiers ELF portent des tables de symboles ou des sections de débogage DWARF dont rien n&apos;a besoin à l&apos;exécution. L&apos;économie est exacte : elle est calculée d&apos;après la disposition qu&apos;écrit strip.</translation>
    </message>
    <message numerus="yes">
        <source>Strip debug symbols from %n Windows binaries</source>
        <translation>
            <numerusform>Retirer les symboles de débogage de %n binaire Windows</numerusform>
            <numerusform>Retirer les symboles de débogage de %n binaires Windows</numerusform>
        </translation>
    </message>
    <message>
        <source>These PE files carry a COFF symbol table, DWARF sections (MinGW builds) or debug data that strip removes; the figure is the size of those parts.</source>
        <translation>Ces fichiers PE portent une table des symboles COFF, des sections DWARF (builds MinGW) ou des données de débogage que strip retire ; le chiffre est la taille de ces parties.</translation>
    </message>
    <message numerus="yes">
        <source>Strip debug symbols from %n macOS binaries</source>
        <translation>
            <numerusform>Retirer les symboles de débogage de %n binaire macOS</numerusform>
            <numerusform>Retirer les symboles de débogage de %n binaires macOS</numerusform>
        </translation>
    </message>
    <message>
        <source>These Mach-O files carry debug symbol entries (STABS) or DWARF. The saving is an estimate: `strip -S` also rewrites __LINKEDIT, and the signature must be re-created afterwards.</source>
        <translation>Ces fichiers Mach-O portent des entrées de symboles de débogage (STABS) ou du DWARF. L&apos;économie est une estimation : `strip -S` réécrit aussi __LINKEDIT, et la signature doit ensuite être recréée.</translation>
    </message>
    <message numerus="yes">
        <source>Signed binaries with debug symbols: stripping not advised (%n files)</source>
        <translation>
            <numerusform>Binaires signés avec symboles de débogage : retrait déconseillé (%n fichier)</numerusform>
            <numerusform>Binaires signés avec symboles de débogage : retrait déconseillé (%n fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>These files are code-signed: stripping invalidates the signature, and the PyInstaller documentation advises against stripping signed binaries.</source>
        <translation>Ces fichiers sont signés : strip invalide la signature, et la documentation de PyInstaller déconseille de retirer les symboles des binaires signés.</translation>
    </message>
</context>
<context>
    <name>BundleScope::SummaryPanel</name>
    <message>
        <source>one-file executable</source>
        <translation>exécutable monofichier</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>instantané</translation>
    </message>
    <message>
        <source>one-folder, contents in %1/ (PyInstaller ≥ 6)</source>
        <translation>en dossier, contenu dans %1/ (PyInstaller ≥ 6)</translation>
    </message>
    <message>
        <source>one-folder</source>
        <translation>en dossier</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 bytes) · %n file(s)</source>
        <translation>
            <numerusform>%1 (%2 octets) · %n fichier</numerusform>
            <numerusform>%1 (%2 octets) · %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n folder(s)</source>
        <translation>
            <numerusform> · %n dossier</numerusform>
            <numerusform> · %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source> · layout: %1</source>
        <translation> · structure : %1</translation>
    </message>
    <message numerus="yes">
        <source> · &lt;b&gt;%n error(s)&lt;/b&gt;</source>
        <translation>
            <numerusform> · &lt;b&gt;%n erreur&lt;/b&gt;</numerusform>
            <numerusform> · &lt;b&gt;%n erreurs&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> · Python %1 · bootloader %2 · PKG %3 · PYZ %4</source>
        <translation> · Python %1 · chargeur d’amorçage %2 · PKG %3 · PYZ %4</translation>
    </message>
    <message>
        <source> · one-file: unpacks to a temporary folder at every start</source>
        <translation> · monofichier : décompressé dans un dossier temporaire à chaque démarrage</translation>
    </message>
</context>
<context>
    <name>BundleScope::TextReportWriter</name>
    <message>
        <source>BundleScope report for %1</source>
        <translation>Rapport BundleScope pour %1</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>(top folder)</source>
        <translation>(dossier racine)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 (%2 bytes), %3 on disk</source>
        <translation>%1 (%2 octets), %3 sur le disque</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>PyInstaller</source>
        <translation>PyInstaller</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Démarrage</translation>
    </message>
</context>
<context>
    <name>BundleScope::TorchArchiveWriter</name>
    <message>
        <source>Cannot create the checkpoint archive: %1</source>
        <translation>Impossible de créer l&apos;archive de checkpoint : %1</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint archive: %1</source>
        <translation>Impossible d&apos;écrire l&apos;archive de checkpoint : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::TorchZipReader</name>
    <message>
        <source>A torch checkpoint needs random access to read.</source>
        <translation>Un checkpoint torch a besoin d&apos;un accès aléatoire pour être lu.</translation>
    </message>
    <message>
        <source>Not a zip-format torch checkpoint: %1</source>
        <translation>Pas un checkpoint torch au format zip : %1</translation>
    </message>
    <message>
        <source>Zip file without &lt;name&gt;/data.pkl: not a torch checkpoint.</source>
        <translation>Fichier zip sans &lt;name&gt;/data.pkl : pas un checkpoint torch.</translation>
    </message>
    <message>
        <source>Element type not found in data.pkl; assumed float32.</source>
        <translation>Type des éléments introuvable dans data.pkl ; float32 supposé.</translation>
    </message>
</context>
<context>
    <name>BundleScope::TreeTablePanel</name>
    <message>
        <source>Filter by name (e.g. torch or *.so)</source>
        <translation>Filtrer par nom (p. ex. torch ou *.so)</translation>
    </message>
    <message>
        <source>Bundle contents</source>
        <translation>Contenu du bundle</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Ouvrir le dossier parent</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy Size</source>
        <translation>Copier la taille</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
</context>
<context>
    <name>BundleScope::TreemapLegend</name>
    <message>
        <source>Treemap legend</source>
        <translation>Légende de la treemap</translation>
    </message>
    <message>
        <source>Small files</source>
        <translation>Petits fichiers</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Colours stand for: %1</source>
        <translation>Signification des couleurs : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::TreemapRenderer</name>
    <message numerus="yes">
        <source>%n small file(s)</source>
        <translation>
            <numerusform>%n petit fichier</numerusform>
            <numerusform>%n petits fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::TreemapToolTip</name>
    <message numerus="yes">
        <source>%n small file(s) in %1</source>
        <translation>
            <numerusform>%n petit fichier dans %1</numerusform>
            <numerusform>%n petits fichiers dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Taille : %1 (%2 octets)</translation>
    </message>
    <message>
        <source>Share of folder: %1</source>
        <translation>Part du dossier : %1</translation>
    </message>
    <message>
        <source>Share of bundle: %1</source>
        <translation>Part du bundle : %1</translation>
    </message>
    <message numerus="yes">
        <source>Folder with %n file(s)</source>
        <translation>
            <numerusform>Dossier de %n fichier</numerusform>
            <numerusform>Dossier de %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Paquet : %1</translation>
    </message>
    <message>
        <source>Needed by: %1</source>
        <translation>Requis par : %1</translation>
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
        <translation>Tailles des fichiers du bundle en rectangles imbriqués</translation>
    </message>
    <message>
        <source>No bundle loaded</source>
        <translation>Aucun bundle chargé</translation>
    </message>
</context>
<context>
    <name>BundleScope::TrialCopy</name>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Impossible de créer le dossier.</translation>
    </message>
    <message>
        <source>Cannot move %1: %2</source>
        <translation>Impossible de déplacer %1 : %2</translation>
    </message>
    <message>
        <source>Not enough free space for a working copy: %1 needed, %2 free.</source>
        <translation>Espace libre insuffisant pour une copie de travail : %1 nécessaires, %2 libres.</translation>
    </message>
    <message>
        <source>Cannot run cp: %1</source>
        <translation>Impossible de lancer cp : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Copying the bundle failed: %1</source>
        <translation>La copie du bundle a échoué : %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>Cannot create a symlink: %1</source>
        <translation>Impossible de créer un lien symbolique : %1</translation>
    </message>
    <message>
        <source>Cannot remove a symlink: %1</source>
        <translation>Impossible de supprimer un lien symbolique : %1</translation>
    </message>
    <message>
        <source>Cannot remove: %1</source>
        <translation>Suppression impossible : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::TrialRunner</name>
    <message>
        <source>Cannot run the command: %1</source>
        <translation>Impossible de lancer la commande : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>timed out after %n s</source>
        <translation>
            <numerusform>délai dépassé après %n s</numerusform>
            <numerusform>délai dépassé après %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>exit status 0 but &quot;%1&quot; not in the output</source>
        <translation>statut de sortie 0 mais « %1 » absent de la sortie</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>planté</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>statut de sortie %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::UnreferencedLibrariesAnalyzer</name>
    <message>
        <source>Unreferenced library %1 (%2)</source>
        <translation>Bibliothèque non référencée %1 (%2)</translation>
    </message>
    <message>
        <source>No extension module or launcher links it, but its name or folder says it is usually loaded with dlopen() at run time: keep it unless you know the feature is unused.</source>
        <translation>Aucun module d&apos;extension ni lanceur ne la lie, mais son nom ou son dossier indique qu&apos;elle est généralement chargée avec dlopen() à l&apos;exécution : gardez-la sauf si vous savez que la fonction est inutilisée.</translation>
    </message>
    <message>
        <source>Drop it from the collected binaries (a filter on a.binaries in the .spec).</source>
        <translation>Retirez-la des binaires collectés (un filtre sur a.binaries dans le .spec).</translation>
    </message>
    <message>
        <source>Library %1 needed only by programs (%2)</source>
        <translation>Bibliothèque %1 requise uniquement par des programmes (%2)</translation>
    </message>
    <message>
        <source>Nothing the app loads needs it; only these programs in the bundle do: %1. Programs are not loaded by the app, but removing this library breaks them: remove it only together with them.</source>
        <translation>Rien de ce que charge l&apos;application n&apos;en a besoin ; seuls ces programmes du bundle en ont besoin : %1. Les programmes ne sont pas chargés par l&apos;application, mais retirer cette bibliothèque les casse : retirez-la uniquement avec eux.</translation>
    </message>
    <message>
        <source>No extension module, launcher or libpython links it (directly or through other libraries) and no Python module names it. It may still be loaded with dlopen(): test the bundle without it.</source>
        <translation>Aucun module d&apos;extension, lanceur ou libpython ne la lie (directement ou via d&apos;autres bibliothèques) et aucun module Python ne la nomme. Elle peut tout de même être chargée avec dlopen() : testez le bundle sans elle.</translation>
    </message>
    <message>
        <source>Program %1 that the app does not load (%2)</source>
        <translation>Programme %1 que l&apos;application ne charge pas (%2)</translation>
    </message>
    <message>
        <source>An executable, not a library: the app never loads it, but a package may run it as a process. Test the bundle without it.</source>
        <translation>Un exécutable, pas une bibliothèque : l&apos;application ne le charge jamais, mais un paquet peut le lancer comme processus. Testez le bundle sans lui.</translation>
    </message>
    <message numerus="yes">
        <source>Removing it also removes the %n librar(y/ies) only it needs: %1.</source>
        <translation>
            <numerusform>Le retirer retire aussi %n bibliothèque dont lui seul a besoin : %1.</numerusform>
            <numerusform>Le retirer retire aussi les %n bibliothèques dont lui seul a besoin : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::UpxAnalyzer</name>
    <message>
        <source>not a readable binary</source>
        <translation>pas un binaire lisible</translation>
    </message>
    <message>
        <source>smaller than 128 KiB</source>
        <translation>moins de 128 Kio</translation>
    </message>
    <message>
        <source>Visual C++ runtime</source>
        <translation>Runtime Visual C++</translation>
    </message>
    <message>
        <source>Python DLL</source>
        <translation>DLL Python</translation>
    </message>
    <message>
        <source>CUDA library (UPX breaks its embedded GPU code)</source>
        <translation>Bibliothèque CUDA (UPX casse son code GPU embarqué)</translation>
    </message>
    <message>
        <source>checked against a .hmac/.chk checksum at load time</source>
        <translation>vérifié à l&apos;aide d&apos;une somme de contrôle .hmac/.chk au chargement</translation>
    </message>
    <message>
        <source>already UPX-packed</source>
        <translation>déjà compressé avec UPX</translation>
    </message>
    <message>
        <source>Control Flow Guard enabled (UPX-packed CFG binaries crash)</source>
        <translation>Control Flow Guard activé (les binaires CFG compressés avec UPX plantent)</translation>
    </message>
    <message>
        <source>Qt plugin (Qt reads its metadata from the file)</source>
        <translation>Plugin Qt (Qt lit ses métadonnées dans le fichier)</translation>
    </message>
    <message>
        <source>Compressed binaries are unpacked in memory at every start: expect start-up 1-5% slower. The saving is estimated from xz-compressed 64 KiB samples, which understates what UPX reaches on whole files.</source>
        <translation>Les binaires compressés sont décompressés en mémoire à chaque démarrage : comptez un démarrage 1-5% plus lent. L&apos;économie est estimée à partir d&apos;échantillons de 64 Kio compressés en xz, ce qui sous-estime ce qu&apos;UPX atteint sur des fichiers entiers.</translation>
    </message>
    <message numerus="yes">
        <source>Compress %n Windows binaries with UPX</source>
        <translation>
            <numerusform>Compresser %n binaire Windows avec UPX</numerusform>
            <numerusform>Compresser %n binaires Windows avec UPX</numerusform>
        </translation>
    </message>
    <message>
        <source>Files UPX breaks or does not help (Control Flow Guard, Qt plugins, the VC++ runtime, python3*.dll, CUDA libraries, already packed files) go into upx_exclude.</source>
        <translation>Les fichiers qu&apos;UPX casse ou n&apos;aide pas (Control Flow Guard, plugins Qt, runtime VC++, python3*.dll, bibliothèques CUDA, fichiers déjà compressés) vont dans upx_exclude.</translation>
    </message>
    <message>
        <source>Install UPX, set upx=True and upx_exclude=[%1] in EXE() and COLLECT() of the .spec file.</source>
        <translation>Installez UPX, mettez upx=True et upx_exclude=[%1] dans EXE() et COLLECT() du fichier .spec.</translation>
    </message>
    <message>
        <source>None: leave upx=False.</source>
        <translation>Aucune : laissez upx=False.</translation>
    </message>
    <message numerus="yes">
        <source>UPX on Linux: not advised (%n binaries)</source>
        <translation>
            <numerusform>UPX sous Linux : déconseillé (%n binaire)</numerusform>
            <numerusform>UPX sous Linux : déconseillé (%n binaires)</numerusform>
        </translation>
    </message>
    <message>
        <source>PyInstaller 6 disables UPX on Linux unless PYINSTALLER_FORCE_UPX is set, because of known compatibility problems. A forced UPX build of a real torch bundle went from 911 MB to 411 MB and then crashed at start (SIGTRAP while loading a packed libz).</source>
        <translation>PyInstaller 6 désactive UPX sous Linux sauf si PYINSTALLER_FORCE_UPX est défini, à cause de problèmes de compatibilité connus. Un build UPX forcé d&apos;un vrai bundle torch est passé de 911 Mo à 411 Mo puis a planté au démarrage (SIGTRAP au chargement d&apos;une libz compressée).</translation>
    </message>
    <message numerus="yes">
        <source>UPX on macOS: not advised (%n binaries)</source>
        <translation>
            <numerusform>UPX sous macOS : déconseillé (%n binaire)</numerusform>
            <numerusform>UPX sous macOS : déconseillé (%n binaires)</numerusform>
        </translation>
    </message>
    <message>
        <source>UPX invalidates Mach-O code signatures, which macOS requires (always on Apple silicon).</source>
        <translation>UPX invalide les signatures de code Mach-O, que macOS exige (toujours sur Apple silicon).</translation>
    </message>
    <message numerus="yes">
        <source>%n shared librar(y/ies) are UPX-packed: the bundle crashes on Linux</source>
        <translation>
            <numerusform>%n bibliothèque partagée est compressée avec UPX : le bundle plante sous Linux</numerusform>
            <numerusform>%n bibliothèques partagées sont compressées avec UPX : le bundle plante sous Linux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ELF program(s) are UPX-packed</source>
        <translation>
            <numerusform>%n programme ELF est compressé avec UPX</numerusform>
            <numerusform>%n programmes ELF sont compressés avec UPX</numerusform>
        </translation>
    </message>
    <message>
        <source>A UPX-packed shared library crashes when the dynamic loader maps it (PyInstaller refuses UPX on Linux since 5.0 for this reason). Their imports cannot be read either, so BundleScope calls no library unreferenced while the bundle has packed files.</source>
        <translation>Une bibliothèque partagée compressée avec UPX plante quand le chargeur dynamique la projette en mémoire (PyInstaller refuse UPX sous Linux depuis la 5.0 pour cette raison). Leurs imports ne peuvent pas non plus être lus, donc BundleScope ne déclare aucune bibliothèque non référencée tant que le bundle contient des fichiers compressés.</translation>
    </message>
    <message>
        <source>Rebuild without UPX: pyinstaller --noupx, or upx=False in EXE() and COLLECT() of the .spec file (and do not set PYINSTALLER_FORCE_UPX).</source>
        <translation>Reconstruisez sans UPX : pyinstaller --noupx, ou upx=False dans EXE() et COLLECT() du fichier .spec (et ne définissez pas PYINSTALLER_FORCE_UPX).</translation>
    </message>
</context>
<context>
    <name>BundleScope::WelcomeView</name>
    <message>
        <source>Recent bundles</source>
        <translation>Bundles récents</translation>
    </message>
    <message>
        <source>Drop a bundle folder, one-file executable or archive</source>
        <translation>Déposez un dossier de bundle, un exécutable monofichier ou une archive</translation>
    </message>
    <message>
        <source>PyInstaller one-folder dist/&lt;app&gt;/ trees, one-file executables and their archives</source>
        <translation>Arborescences PyInstaller en dossier dist/&lt;app&gt;/, exécutables monofichiers et leurs archives</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open Demo Bundle</source>
        <translation>Ouvrir le bundle de démonstration</translation>
    </message>
    <message>
        <source>No bundles opened yet</source>
        <translation>Aucun bundle ouvert pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>BundleScope::WhyCommand</name>
    <message>
        <source>The bundle: a dist/&lt;app&gt; folder, a one-file executable or an archive.</source>
        <translation>Le bundle : un dossier dist/&lt;app&gt;, un exécutable monofichier ou une archive.</translation>
    </message>
    <message>
        <source>package: %1</source>
        <translation>paquet : %1</translation>
    </message>
    <message>
        <source>Not a native file: nothing links it.</source>
        <translation>Pas un fichier natif : rien ne le lie.</translation>
    </message>
    <message>
        <source>Its imports could not be read: %1</source>
        <translation>Ses imports n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Needed by:</source>
        <translation>Requis par :</translation>
    </message>
    <message>
        <source>directly: %1</source>
        <translation>directement : %1</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Requiert :</translation>
    </message>
    <message>
        <source>%1 (expected from the system)</source>
        <translation>%1 (attendu du système)</translation>
    </message>
    <message numerus="yes">
        <source>Removing it would orphan %n file(s) (%1).</source>
        <translation>
            <numerusform>La retirer rendrait %n fichier orphelin (%1).</numerusform>
            <numerusform>La retirer rendrait %n fichiers orphelins (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>bundlescope why: needs PATH and FILE.</source>
        <translation>bundlescope why : attend CHEMIN et FICHIER.</translation>
    </message>
    <message>
        <source>bundlescope why: %1</source>
        <translation>bundlescope why : %1</translation>
    </message>
    <message>
        <source>Explains why a native library or a Python package is in a bundle: who needs or imports it, what it needs, what removing it orphans.</source>
        <translation>Explique pourquoi une bibliothèque native ou un paquet Python se trouve dans un bundle : qui en a besoin ou l&apos;importe, ce dont il a besoin, ce que son retrait rend orphelin.</translation>
    </message>
    <message>
        <source>why PATH FILE|MODULE</source>
        <translation>why CHEMIN FICHIER|MODULE</translation>
    </message>
    <message>
        <source>Needed by the packages %1: it stays unless all of them are excluded.</source>
        <translation>Requis par les paquets %1 : il reste à moins qu&apos;ils ne soient tous exclus.</translation>
    </message>
    <message numerus="yes">
        <source>Also linked by %n program(s) in the bundle, which the app does not load (candidates themselves):</source>
        <translation>
            <numerusform>Aussi lié par %n programme du bundle, que l&apos;application ne charge pas (lui-même candidat) :</numerusform>
            <numerusform>Aussi lié par %n programmes du bundle, que l&apos;application ne charge pas (eux-mêmes candidats) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (Python: %n module(s) with files in the bundle, %2)</source>
        <translation>
            <numerusform>%1 (Python : %n module avec des fichiers dans le bundle, %2)</numerusform>
            <numerusform>%1 (Python : %n modules avec des fichiers dans le bundle, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported by:</source>
        <translation>Importé par :</translation>
    </message>
    <message>
        <source>bundlescope why: no file or Python module &quot;%1&quot; in the bundle.</source>
        <translation>bundlescope why : aucun fichier ni module Python « %1 » dans le bundle.</translation>
    </message>
    <message>
        <source>Python module %1, imported by:</source>
        <translation>Module Python %1, importé par :</translation>
    </message>
    <message>
        <source>A file in the bundle (its path relative to the bundle, a bare file name, or a library&apos;s name without its version: libblas), or a Python package or module (sympy, torch.fx): the chain of imports from the entry script to it.</source>
        <translation>Un fichier du bundle (son chemin relatif au bundle, un simple nom de fichier ou le nom d&apos;une bibliothèque sans sa version : libblas), ou un paquet ou module Python (sympy, torch.fx) : la chaîne d&apos;imports depuis le script d&apos;entrée jusqu&apos;à lui.</translation>
    </message>
    <message numerus="yes">
        <source>bundlescope why: &quot;%1&quot; names %n libraries: %2. Name one of them.</source>
        <translation>
            <numerusform>bundlescope why : « %1 » désigne %n bibliothèque : %2. Nommez-en une.</numerusform>
            <numerusform>bundlescope why : « %1 » désigne %n bibliothèques : %2. Nommez-en une.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files with similar names: %1</source>
        <translation>Fichiers aux noms proches : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::XzWriteDevice</name>
    <message>
        <source>The xz stream can only be written, to an open device.</source>
        <translation>Le flux xz ne peut qu&apos;être écrit, et sur un périphérique ouvert.</translation>
    </message>
    <message>
        <source>liblzma could not start an xz stream (error %1).</source>
        <translation>liblzma n&apos;a pas pu démarrer un flux xz (erreur %1).</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Could not write the compressed stream: %1</source>
        <translation>Impossible d&apos;écrire le flux compressé : %1</translation>
    </message>
    <message>
        <source>liblzma reported error %1.</source>
        <translation>liblzma a signalé l&apos;erreur %1.</translation>
    </message>
</context>
<context>
    <name>BundleScope::ZipNameFlagPatcher</name>
    <message>
        <source>The zip just written has no end record.</source>
        <translation>Le zip qui vient d&apos;être écrit n&apos;a pas d&apos;enregistrement de fin.</translation>
    </message>
    <message>
        <source>The zip&apos;s central directory is truncated.</source>
        <translation>Le répertoire central du zip est tronqué.</translation>
    </message>
    <message>
        <source>The zip&apos;s central directory is damaged.</source>
        <translation>Le répertoire central du zip est endommagé.</translation>
    </message>
    <message>
        <source>Could not update the zip: %1</source>
        <translation>Impossible de mettre à jour le zip : %1</translation>
    </message>
</context>
<context>
    <name>BundleScope::ZlibInflate</name>
    <message>
        <source>Cannot initialise zlib</source>
        <translation>Impossible d&apos;initialiser zlib</translation>
    </message>
    <message>
        <source>Corrupt zlib stream</source>
        <translation>Flux zlib corrompu</translation>
    </message>
    <message>
        <source>Truncated zlib stream</source>
        <translation>Flux zlib tronqué</translation>
    </message>
    <message>
        <source>Decompressed data exceeds %1 bytes</source>
        <translation>Les données décompressées dépassent %1 octets</translation>
    </message>
</context>
</TS>
