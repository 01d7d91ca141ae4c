package io.taskgate.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * The OpenID Connect redirect target. Once the mechanism has signed the user in here, the browser goes on to the
 * console page that needed the sign-in (a deep link, with its query), or to the home page; see {@link ReturnPath}.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String home = request.getContextPath() + "/app/index.xhtml";
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            response.sendRedirect(home);
            return;
        }
        Object recorded = session.getAttribute(ReturnPath.SOTERIA_ORIGINAL_REQUEST);
        session.removeAttribute(ReturnPath.SOTERIA_ORIGINAL_REQUEST);
        response.sendRedirect(ReturnPath.of(recorded, request.getContextPath()).orElse(home));
    }
}
