// Translations are complete and current: every visible QML string goes through
// qsTr() and every sentence in the translated core libraries through tr(); the
// libraries whose texts the app shows are in the lupdate project; the German and
// French .ts files translate every message (plural forms included, placeholders
// kept), and they contain exactly the strings lupdate finds in the sources now.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString sourceDir() { return qEnvironmentVariable("MPTCP_SOURCE_DIR"); }

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    QStringList translations; // one per numerus form, or one
    QString type;             // "", "unfinished", "vanished", "obsolete"
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "name"_L1)
                context = xml.readElementText();
            else if (name == "message"_L1)
                current = TsMessage{context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {}};
            else if (name == "source"_L1)
                current.source = xml.readElementText();
            else if (name == "translation"_L1) {
                current.type = xml.attributes().value("type"_L1).toString();
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (name == "numerusform"_L1)
                current.translations.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages.append(current);
            current = TsMessage{};
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> keys(const QList<TsMessage> &messages)
{
    QSet<QString> set;
    for (const TsMessage &m : messages)
        set.insert(m.context + u'\x1f' + m.source);
    return set;
}

QStringList qmlFiles()
{
    QStringList files;
    QDirIterator it(sourceDir() + "/qml"_L1, {"*.qml"_L1}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

// The source files of the lupdate project qt_add_lupdate() wrote for this build.
QStringList lupdateProjectSources(QString *error)
{
    QFile file(qEnvironmentVariable("MPTCP_LUPDATE_PROJECT"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + u": "_s + file.errorString();
        return {};
    }
    QStringList sources;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value("sources"_L1).toArray();
    for (const QJsonValue &v : array)
        sources.append(v.toString());
    return sources;
}

// %1..%99 and %n, as QString::arg() and tr() see them.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(\\d{1,2}|n)"_s);
    QSet<QString> set;
    auto it = marker.globalMatch(text);
    while (it.hasNext())
        set.insert(it.next().captured(0));
    return set;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void visibleQmlStringsGoThroughQsTr();
    void librariesTheAppShowsAreInTheLupdateProject();
    void visibleCppSentencesGoThroughTr();
    void countedWordsUseNumerusForms();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void germanAndFrenchCoverTheSameMessages();
    void tsFilesMatchTheSources();
};

void TestTranslations::initTestCase()
{
    QVERIFY2(!sourceDir().isEmpty(), "MPTCP_SOURCE_DIR is not set");
    QVERIFY(!qmlFiles().isEmpty());
}

void TestTranslations::visibleQmlStringsGoThroughQsTr()
{
    // A property users read, bound to an expression containing a string literal.
    static const QRegularExpression visibleProperty(
        uR"re(^\s*(text|title|subtitle|label|description|message|placeholderText|confirmText|successText|busyText|fixText|defaultText|sourceText|Accessible\.name|Accessible\.description|ToolTip\.text)\s*:\s*(.*)$)re"_s);
    // qsTr("…", …) with its literal; a message may also continue with + "…" on the next lines.
    static const QRegularExpression translated(uR"re(qsTr\s*\(\s*"(?:[^"\\]|\\.)*"(\s*\+\s*"(?:[^"\\]|\\.)*")*(\s*(,[^)]*)?\))?)re"_s);
    static const QRegularExpression literal(uR"re("((?:[^"\\]|\\.)*)")re"_s);
    static const QRegularExpression letters(u"[A-Za-z]{2,}"_s);
    // Not words: \u escapes (arrows, symbols) and literals holding a URL (addresses,
    // commands to copy), which read the same in every language.
    static const QRegularExpression escape(uR"re(\\u[0-9A-Fa-f]{4})re"_s);
    static const QRegularExpression url(u"[a-z]+://"_s);
    // Literals compared with === / !== are values, not text shown to anyone.
    static const QRegularExpression compared(uR"re((===|!==)\s*"(?:[^"\\]|\\.)*")re"_s);
    QStringList offenders;
    for (const QString &path : qmlFiles()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int lineNo = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNo;
            const auto match = visibleProperty.match(line);
            if (!match.hasMatch())
                continue;
            QString expression = match.captured(2);
            expression.remove(translated);
            expression.remove(compared);
            auto it = literal.globalMatch(expression);
            while (it.hasNext()) {
                const QString text = it.next().captured(1);
                if (letters.match(QString(text).remove(escape)).hasMatch() && !url.match(text).hasMatch())
                    offenders.append(u"%1:%2: \"%3\""_s.arg(QDir(sourceDir()).relativeFilePath(path)).arg(lineNo).arg(text));
            }
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(u"Untranslated visible strings:\n"_s + offenders.join(u'\n')));
}

void TestTranslations::librariesTheAppShowsAreInTheLupdateProject()
{
    // Each of these folders produces texts the pages show: the models, the explain
    // engine's verdicts and reasons (Overview, Interfaces), NetworkManager status and
    // errors, the helper's errors, diagnostics checks and counters, activity
    // notifications and tray, the demo lab's errors.
    QString error;
    const QStringList sources = lupdateProjectSources(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString root = sourceDir() + u'/';
    QStringList missing;
    for (const QString &folder : {u"qml/"_s, u"core/models/src/"_s, u"core/models/system/"_s, u"core/explain/"_s,
                                 u"core/nm/"_s, u"core/helperclient/"_s, u"core/diagnostics/"_s,
                                 u"core/activity/"_s, u"core/lab/"_s}) {
        const bool covered = std::any_of(sources.cbegin(), sources.cend(), [&](const QString &f) {
            return f.startsWith(root + folder) && f.endsWith(".cpp"_L1);
        });
        if (!covered)
            missing.append(folder);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"Not in the lupdate project (qml/CMakeLists.txt): "_s + missing.join(u", "_s)));
    // Generated files are never part of it (the build tree may sit inside the source tree).
    for (const QString &f : sources)
        QVERIFY2(f.startsWith(root) && !f.contains("_autogen"_L1), qPrintable(f));
}

void TestTranslations::visibleCppSentencesGoThroughTr()
{
    // A literal of four or more words that starts like a sentence, built as a QString
    // directly instead of through tr(): text for people that no translation reaches.
    // Log lines (qC*) never reach the GUI, and comments are not code.
    static const QRegularExpression sentence(
        uR"re((QStringLiteral|QLatin1String|QLatin1StringView|QString::fromUtf8|QString::fromLatin1)\s*\(\s*"([A-Z][a-z]+(?: [^" ]+){3,})")re"_s);
    static const QRegularExpression udl(uR"re(u"([A-Z][a-z]+(?: [^" ]+){3,})"_s)re"_s);
    static const QRegularExpression logLine(uR"re(\bq(C?)(Debug|Info|Warning|Critical)\b)re"_s);
    QString error;
    const QStringList sources = lupdateProjectSources(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList offenders;
    int scanned = 0;
    for (const QString &path : sources) {
        if (!path.endsWith(".cpp"_L1) || !path.startsWith(sourceDir() + "/core/"_L1))
            continue;
        ++scanned;
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        int lineNo = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNo;
            if (logLine.match(line).hasMatch() || line.trimmed().startsWith("//"_L1))
                continue;
            for (const QRegularExpression *re : {&sentence, &udl}) {
                auto it = re->globalMatch(line);
                while (it.hasNext())
                    offenders.append(u"%1:%2: \"%3\""_s.arg(QDir(sourceDir()).relativeFilePath(path)).arg(lineNo)
                                         .arg(it.next().captured(re == &sentence ? 2 : 1)));
            }
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(u"Sentences not passed through tr():\n"_s + offenders.join(u'\n')));
    QVERIFY(scanned > 10);
}

void TestTranslations::countedWordsUseNumerusForms()
{
    // "endpoint(s)" must be a %n message so each language (English too) gets real plural
    // forms; a count in %1 next to "(s)" would stay "2 endpoint(s)" everywhere.
    QString error;
    const QList<TsMessage> messages = readTs(sourceDir() + "/translations/mptcp-settings_en.ts"_L1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    static const QRegularExpression counted(u"[a-z]\\((s|es)\\)"_s);
    QStringList problems;
    for (const TsMessage &m : messages) {
        if (counted.match(m.source).hasMatch() && (!m.numerus || !m.source.contains("%n"_L1)))
            problems.append(u"[%1] %2"_s.arg(m.context, m.source));
        // English forms must really differ, else "(s)" was copied through.
        if (m.numerus && m.translations.size() == 2 && m.translations.at(0) == m.translations.at(1)
            && counted.match(m.source).hasMatch())
            problems.append(u"[%1] %2: English singular and plural are the same"_s.arg(m.context, m.source));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"Use tr(\"… %n thing(s) …\", nullptr, count):\n"_s + problems.join(u'\n')));
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("de") << u"mptcp-settings_de.ts"_s << false;
    QTest::newRow("fr") << u"mptcp-settings_fr.ts"_s << false;
    QTest::newRow("en (plural forms)") << u"mptcp-settings_en.ts"_s << true;
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralOnly);
    QString error;
    const QList<TsMessage> messages = readTs(sourceDir() + "/translations/"_L1 + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const TsMessage &m : messages) {
        if (pluralOnly && !m.numerus)
            continue;
        const bool empty = m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); });
        if (!m.type.isEmpty() || empty)
            problems.append(u"[%1] %2 (%3)"_s.arg(m.context, m.source, m.type.isEmpty() ? u"empty"_s : m.type));
        // Placeholders survive translation, and none is invented. A plural form may
        // spell its number out ("ein Endpunkt"), so only %n may be left out, and only there.
        const QSet<QString> wanted = placeholders(m.source);
        for (const QString &t : m.translations) {
            const QSet<QString> got = placeholders(t);
            for (const QString &marker : wanted - got) {
                if (!(marker == "%n"_L1 && m.numerus))
                    problems.append(u"[%1] %2: translation lacks %3"_s.arg(m.context, m.source, marker));
            }
            for (const QString &marker : got - wanted)
                problems.append(u"[%1] %2: translation adds %3"_s.arg(m.context, m.source, marker));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::germanAndFrenchCoverTheSameMessages()
{
    QString e1, e2;
    const auto de = keys(readTs(sourceDir() + "/translations/mptcp-settings_de.ts"_L1, &e1));
    const auto fr = keys(readTs(sourceDir() + "/translations/mptcp-settings_fr.ts"_L1, &e2));
    QVERIFY(e1.isEmpty() && e2.isEmpty());
    QCOMPARE(de, fr);
}

void TestTranslations::tsFilesMatchTheSources()
{
    const QString lupdate = qEnvironmentVariable("MPTCP_LUPDATE");
    const QString project = qEnvironmentVariable("MPTCP_LUPDATE_PROJECT");
    QVERIFY2(QFile::exists(lupdate), qPrintable(u"lupdate not found: "_s + lupdate));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(u"fresh_de.ts"_s);
    QProcess process;
    process.start(lupdate, {u"-silent"_s, u"-locations"_s, u"none"_s, u"-project"_s, project, u"-ts"_s, fresh});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    QString e1, e2;
    const auto current = keys(readTs(fresh, &e1));
    const auto committed = keys(readTs(sourceDir() + "/translations/mptcp-settings_de.ts"_L1, &e2));
    QVERIFY(e1.isEmpty() && e2.isEmpty());
    const QSet<QString> missing = current - committed;
    const QSet<QString> stale = committed - current;
    QStringList report;
    for (const QString &k : missing)
        report.append(u"missing: "_s + QString(k).replace(u'\x1f', u" | "_s));
    for (const QString &k : stale)
        report.append(u"stale: "_s + QString(k).replace(u'\x1f', u" | "_s));
    report.sort();
    QVERIFY2(report.isEmpty(), qPrintable(u"Build mptcp-settings_lupdate and translate:\n"_s + report.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
