// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "checkcommand.h"
#include "common/applicationidentity.h"
#include "common/translationloader.h"
#include "comparecommand.h"
#include "exportcommand.h"
#include "reportcommand.h"
#include "slimcommand.h"
#include "snapshotcommand.h"
#include "whycommand.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace BundleScope {

namespace {

    const CliCommand* findCommand(const std::vector<std::unique_ptr<CliCommand>>& commands, QStringView name)
    {
        for (const auto& command : commands) {
            if (command->name() == name)
                return command.get();
        }
        return nullptr;
    }

    bool isHelpOption(QStringView argument)
    {
        return argument == u"--help" || argument == u"-h" || argument == u"-?";
    }

} // namespace

std::vector<std::unique_ptr<CliCommand>> CommandLine::commands()
{
    std::vector<std::unique_ptr<CliCommand>> list;
    list.push_back(std::make_unique<ReportCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<WhyCommand>());
    list.push_back(std::make_unique<CompareCommand>());
    list.push_back(std::make_unique<CheckCommand>());
    list.push_back(std::make_unique<SnapshotCommand>());
    list.push_back(std::make_unique<SlimCommand>());
    return list;
}

bool CommandLine::wantsCommandLine(int argc, char* argv[])
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (isHelpOption(first) || first == u"--version" || first == u"help")
        return true;
    return findCommand(commands(), first) != nullptr;
}

int CommandLine::run(QCoreApplication& app)
{
    ApplicationIdentity::apply(); // the GUI's settings (ui/language) and caches
    TranslationLoader::install();
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = args.value(1);
    if (first == u"--version") {
        out << "bundlescope " << BUNDLESCOPE_VERSION << Qt::endl;
        return ExitCode::Ok;
    }
    if (isHelpOption(first) || first == u"help")
        return help(args.mid(2), out, err);
    const auto list = commands();
    const CliCommand* command = findCommand(list, first);
    if (!command) {
        err << tr("bundlescope: unknown command \"%1\".").arg(first) << Qt::endl << generalHelp();
        return ExitCode::BadArguments;
    }
    return runCommand(*command, args, out, err);
}

int CommandLine::runCommand(const CliCommand& command, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") }, tr("Shows this help."));
    parser.addOption(helpOption);
    command.addOptions(parser);
    // The parser sees "bundlescope <options and arguments of the command>".
    const QStringList commandArguments = QStringList { arguments.value(0) } + arguments.mid(2);
    if (!parser.parse(commandArguments)) {
        err << tr("bundlescope %1: %2").arg(command.name(), parser.errorText()) << Qt::endl
            << tr("Run \"bundlescope help %1\" for the options.").arg(command.name()) << Qt::endl;
        return ExitCode::BadArguments;
    }
    if (parser.isSet(helpOption)) {
        out << commandHelp(command);
        return ExitCode::Ok;
    }
    return command.run(parser, out, err);
}

int CommandLine::help(const QStringList& topics, QTextStream& out, QTextStream& err)
{
    if (topics.isEmpty()) {
        out << generalHelp();
        return ExitCode::Ok;
    }
    const auto list = commands();
    const CliCommand* command = findCommand(list, topics.first());
    if (!command) {
        err << tr("bundlescope: no help for unknown command \"%1\".").arg(topics.first()) << Qt::endl << generalHelp();
        return ExitCode::BadArguments;
    }
    out << commandHelp(*command);
    return ExitCode::Ok;
}

QString CommandLine::generalHelp()
{
    QString text = tr("Usage: bundlescope [COMMAND [options]]") + u'\n'
        + tr("Explore, slim and ship PyInstaller bundles. Without a command the desktop application opens.")
        + QLatin1String("\n\n") + tr("Commands:") + u'\n';
    for (const auto& command : commands())
        text += QLatin1String("  ") + command->name().leftJustified(10) + command->summary() + u'\n';
    text += QLatin1String("  ") + QStringLiteral("help").leftJustified(10) + tr("Shows help for a command.") + u'\n';
    text += u'\n' + tr("Options:") + u'\n' + QLatin1String("  --help     ") + tr("Shows this help.") + u'\n'
        + QLatin1String("  --version  ") + tr("Shows the version.") + u'\n' + u'\n'
        + tr("Exit codes: 0 success, 1 check failed, 2 bad arguments, 3 unreadable path, 4 operation failed.") + u'\n';
    return text;
}

QString CommandLine::commandHelp(const CliCommand& command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    parser.addOption({ { QStringLiteral("h"), QStringLiteral("help") }, tr("Shows this help.") });
    command.addOptions(parser);
    // QCommandLineParser's usage line names argv[0]; put the subcommand in it instead.
    QString text = parser.helpText();
    const qsizetype endOfFirstLine = text.indexOf(u'\n');
    return tr("Usage: bundlescope %1").arg(command.usage()) + text.mid(endOfFirstLine);
}

} // namespace BundleScope
