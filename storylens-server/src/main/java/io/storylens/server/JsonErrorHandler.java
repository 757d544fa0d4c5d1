// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
package io.storylens.server;

import io.storylens.model.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answers to requests that never reach the API (an unparsable request line, a URI or
 * headers over the size limit, a path Jetty refuses as ambiguous), written as the API's JSON error
 * with the security headers instead of Jetty's HTML page: every response of the server has the same
 * shape and headers, and none names the server software.
 */
final class JsonErrorHandler extends ErrorHandler {
  JsonErrorHandler() {
    setShowServlet(false);
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  /** Errors found while parsing the request, before any handler runs. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    StorylensServer.SECURITY_HEADERS.forEach(fields::put);
    return ByteBuffer.wrap(StorylensServer.bytes(error(status, reason)));
  }

  /** Errors Jetty's handlers send (a refused path, …) before Javalin sees the request. */
  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    baseRequest.setHandled(true);
    if (response.isCommitted()) {
      return;
    }
    int status = response.getStatus();
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    response.resetBuffer();
    StorylensServer.SECURITY_HEADERS.forEach(response::setHeader);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/json; charset=utf-8");
    byte[] body =
        StorylensServer.bytes(error(status, message == null ? null : String.valueOf(message)));
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static ApiError error(int status, String reason) {
    ErrorCode code = StorylensServer.codeFor(status);
    String why = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    // The API's codes map to fewer statuses than HTTP has: keep the real one.
    return new ApiError(new ApiError.Body(code, status, "request refused: " + why));
  }
}
