package dev.dossier.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A connection that keeps each SQL text's prepared statement for the next use. SQLite compiles a
 * statement on every prepare, and an ingest runs the same few inserts and look-ups for every
 * article, statement and shingle: compiling them once saves that work for the store's life.
 *
 * <p>The store's code stays plain JDBC: {@code prepareStatement(sql)} hands out the kept statement
 * when it is free, and closing it clears its parameters and batch instead of closing it. A
 * statement already in use (the same SQL prepared again inside a loop over its own results) gets a
 * fresh one, closed as usual. Closing the connection closes every kept statement. Confined to the
 * store's lock, like the connection itself.
 */
final class StatementCache implements InvocationHandler {

    private final Connection connection;
    private final Map<String, Kept> kept = new HashMap<>();

    private StatementCache(Connection connection) {
        this.connection = connection;
    }

    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(), new Class<?>[] {Connection.class},
                new StatementCache(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args != null && args.length == 1 && args[0] instanceof String sql) {
            return prepare(sql);
        }
        if (method.getName().equals("close") && (args == null || args.length == 0)) {
            closeKept();
        }
        return call(connection, method, args);
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        Kept statement = kept.get(sql);
        if (statement == null) {
            statement = new Kept(connection.prepareStatement(sql));
            kept.put(sql, statement);
        } else if (statement.inUse) {
            return connection.prepareStatement(sql);
        }
        statement.inUse = true;
        return statement.handle;
    }

    private void closeKept() throws SQLException {
        List<SQLException> failures = new ArrayList<>();
        for (Kept statement : kept.values()) {
            try {
                statement.statement.close();
            } catch (SQLException e) {
                failures.add(e);
            }
        }
        kept.clear();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A kept statement, and the handle given out for it, whose close hands it back. */
    private static final class Kept implements InvocationHandler {
        final PreparedStatement statement;
        final PreparedStatement handle;
        boolean inUse;

        Kept(PreparedStatement statement) {
            this.statement = statement;
            this.handle = (PreparedStatement) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("close") && (args == null || args.length == 0)) {
                if (inUse) {
                    statement.clearBatch();
                    statement.clearParameters();
                    inUse = false;
                }
                return null;
            }
            if (method.getName().equals("isClosed") && (args == null || args.length == 0)) {
                return !inUse || statement.isClosed();
            }
            return call(statement, method, args);
        }
    }
}
