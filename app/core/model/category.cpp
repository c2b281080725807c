// SPDX-License-Identifier: GPL-3.0-or-later
#include "category.h"

namespace BundleScope {

QString CategoryInfo::displayName(Category category)
{
    switch (category) {
    case Category::Other:
        return tr("Other");
    case Category::NativeLibrary:
        return tr("Native libraries");
    case Category::Executable:
        return tr("Executables");
    case Category::PythonBytecode:
        return tr("Python bytecode");
    case Category::PythonSource:
        return tr("Python sources");
    case Category::ModelWeights:
        return tr("Model weights");
    case Category::Data:
        return tr("Data");
    case Category::Docs:
        return tr("Documentation");
    case Category::DevFiles:
        return tr("Development files");
    case Category::Tests:
        return tr("Tests and examples");
    case Category::None:
        return tr("Folders");
    }
    return {};
}

QString CategoryInfo::id(Category category)
{
    switch (category) {
    case Category::Other:
        return QStringLiteral("other");
    case Category::NativeLibrary:
        return QStringLiteral("native_library");
    case Category::Executable:
        return QStringLiteral("executable");
    case Category::PythonBytecode:
        return QStringLiteral("python_bytecode");
    case Category::PythonSource:
        return QStringLiteral("python_source");
    case Category::ModelWeights:
        return QStringLiteral("model_weights");
    case Category::Data:
        return QStringLiteral("data");
    case Category::Docs:
        return QStringLiteral("docs");
    case Category::DevFiles:
        return QStringLiteral("dev_files");
    case Category::Tests:
        return QStringLiteral("tests");
    case Category::None:
        return QStringLiteral("none");
    }
    return {};
}

Category CategoryInfo::fromId(QStringView id)
{
    for (int i = 0; i < CategoryCount; ++i) {
        if (CategoryInfo::id(Category(i)) == id)
            return Category(i);
    }
    return Category::Other;
}

std::array<Category, CategoryCount - 1> CategoryInfo::fileCategories()
{
    std::array<Category, CategoryCount - 1> all {};
    for (int i = 0; i < CategoryCount - 1; ++i)
        all[std::size_t(i)] = Category(i);
    return all;
}

} // namespace BundleScope
