// Translations are complete and current: every visible QML string goes through
// qsTr(), the German and French .ts files translate every message (plural forms
// included), and they contain exactly the strings lupdate finds in the sources now.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

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

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void visibleQmlStringsGoThroughQsTr();
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
    static const QRegularExpression translated(uR"re(qsTr\s*\(\s*"(?:[^"\\]|\\.)*"\s*(,[^)]*)?\))re"_s);
    static const QRegularExpression literal(uR"re("((?:[^"\\]|\\.)*)")re"_s);
    static const QRegularExpression letters(u"[A-Za-z]{2,}"_s);
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
                if (letters.match(text).hasMatch())
                    offenders.append(u"%1:%2: \"%3\""_s.arg(QDir(sourceDir()).relativeFilePath(path)).arg(lineNo).arg(text));
            }
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(u"Untranslated visible strings:\n"_s + offenders.join(u'\n')));
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
        // Placeholders must survive translation.
        for (const QString &t : m.translations) {
            for (const QString &marker : {u"%1"_s, u"%2"_s, u"%3"_s, u"%n"_s}) {
                if (m.source.contains(marker) && !t.contains(marker) && !(marker == "%n"_L1 && m.numerus))
                    problems.append(u"[%1] %2: translation lacks %3"_s.arg(m.context, m.source, marker));
            }
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
