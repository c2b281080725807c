// SPDX-License-Identifier: GPL-3.0-or-later
#include "plainfolderscan.h"

#include "scan/foldercontentreader.h"
#include "scan/folderwalker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace BundleScope {

Result<ScanResult> PlainFolderScan::scan(const QString& folder, const CancellationToken& token)
{
    const QString root = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QByteArray rootBytes = QFile::encodeName(root);
    struct stat st;
    if (::stat(rootBytes.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return makeError(Error::Code::NotFound, tr("The folder does not exist."), root);
    const int fd = ::open(rootBytes.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return makeError(Error::Code::Io, tr("Cannot open the folder: %1").arg(qt_error_string(errno)), root);
    BundleTreeBuilder builder(root, BundleTree::SourceKind::Folder, qint64(st.st_mtim.tv_sec));
    FolderWalker walker(builder, fd, st.st_dev, st.st_ino);
    const bool completed = walker.run(2, token, {});
    ::close(fd);
    if (!completed)
        return makeError(Error::Code::Cancelled, tr("The scan was cancelled."), root);
    BundleTreePtr tree = builder.finish();
    ScanResult scanned;
    scanned.reader = std::make_shared<const FolderContentReader>(tree, rootBytes);
    scanned.tree = std::move(tree);
    return scanned;
}

} // namespace BundleScope
