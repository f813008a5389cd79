package org.plenary.dashboard.services;

import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The one HTTP client every generated API object uses. The generated code asks its builder for a client each time an
 * API object is made ({@code builder.build()}); a real builder would start a new client, with its own selector thread
 * and connection pool, for every page. This one hands out the same client, whose connections are kept and reused.
 */
final class SharedHttpClient implements HttpClient.Builder {

    private final HttpClient client;

    SharedHttpClient(Duration connectTimeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .build();
    }

    @Override
    public HttpClient build() {
        return client;
    }

    @Override
    public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
        throw unchangeable();
    }

    @Override
    public HttpClient.Builder connectTimeout(Duration duration) {
        throw unchangeable();
    }

    @Override
    public HttpClient.Builder sslContext(SSLContext sslContext) {
        throw unchangeable();
    }

    @Override
    public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
        throw unchangeable();
    }

    @Override
    public HttpClient.Builder executor(Executor executor) {
        throw unchangeable();
    }

    @Override
    public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
        throw unchangeable();
    }

    @Override
    public HttpClient.Builder version(HttpClient.Version version) {
        throw unchangeable();
    }

    @Override
    public HttpClient.Builder priority(int priority) {
        throw unchangeable();
    }

    @Override
    public HttpClient.Builder proxy(ProxySelector proxySelector) {
        throw unchangeable();
    }

    @Override
    public HttpClient.Builder authenticator(Authenticator authenticator) {
        throw unchangeable();
    }

    private static UnsupportedOperationException unchangeable() {
        return new UnsupportedOperationException("the shared client is configured once, in SharedHttpClient");
    }
}
