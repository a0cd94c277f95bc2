// A list model over value rows that applies a new list as the smallest set of
// removals, insertions and dataChanged, so views keep their delegates, focus and
// scroll position when live updates arrive (a reset would rebuild every delegate).
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>

template <class Row>
class ValueListModel : public QAbstractListModel {
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }

    void setRows(const QList<Row> &next)
    {
        QSet<QString> nextKeys;
        for (const Row &r : next)
            nextKeys.insert(keyOf(r));
        if (nextKeys.size() != next.size()) {
            // Duplicate keys cannot be matched row by row.
            resetTo(next);
            return;
        }
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (!nextKeys.contains(keyOf(m_rows[i]))) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                rowRemoved(i);
                endRemoveRows();
            }
        }
        // The rows that stay must keep their relative order, else only a reset fits.
        QSet<QString> currentKeys;
        for (const Row &r : std::as_const(m_rows))
            currentKeys.insert(keyOf(r));
        int k = 0;
        for (const Row &r : next) {
            if (!currentKeys.contains(keyOf(r)))
                continue;
            if (keyOf(m_rows[k]) != keyOf(r)) {
                resetTo(next);
                return;
            }
            ++k;
        }
        for (int j = 0; j < next.size(); ++j) {
            if (j < m_rows.size() && keyOf(m_rows[j]) == keyOf(next[j]))
                continue;
            beginInsertRows({}, j, j);
            m_rows.insert(j, next[j]);
            rowInserted(j);
            endInsertRows();
        }
        for (int j = 0; j < next.size(); ++j) {
            if (m_rows[j] == next[j])
                continue;
            m_rows[j] = next[j];
            rowUpdated(j);
            Q_EMIT dataChanged(index(j), index(j));
        }
    }

protected:
    [[nodiscard]] virtual QString keyOf(const Row &row) const = 0;
    // Hooks for models that keep per-row companions (child models).
    virtual void rowInserted(int) {}
    virtual void rowRemoved(int) {}
    virtual void rowUpdated(int) {}
    virtual void rowsReset() {}

    QList<Row> m_rows;

private:
    void resetTo(const QList<Row> &next)
    {
        beginResetModel();
        m_rows = next;
        rowsReset();
        endResetModel();
    }
};
