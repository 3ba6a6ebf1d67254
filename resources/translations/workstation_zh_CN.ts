<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>?QMessageBox</name>
    <message>
        <source>Warehouse workstation</source>
        <translation type="vanished">仓库工作站</translation>
    </message>
</context>
<context>
    <name>AccountChooser</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="95"/>
        <source>Choose the account…</source>
        <translation>选择账号…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="120"/>
        <source>Last synchronised: {0} {1}</source>
        <translation>最近同步：{0} {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="95"/>
        <source>No session</source>
        <translation>无会话</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="111"/>
        <source>The marketplace account that books, binds and synchronises</source>
        <translation>用于采购、绑定和同步的平台账号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="115"/>
        <source>expired: log in again</source>
        <translation>已过期：请重新登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="114"/>
        <source>expires within the hour</source>
        <translation>一小时内到期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="114"/>
        <source>logged in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="119"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>AccountsEditor</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="122"/>
        <source>Account nickname, not a phone number</source>
        <translation>账号昵称，而非手机号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="123"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="124"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="84"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="81"/>
        <source>%n order(s) of unknown outcome being checked</source>
        <translation>
            <numerusform>正在核查 %n 个结果未知的订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="93"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <location filename="../../workstation/ui/panes/activities/results.py" line="92"/>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="50"/>
        <source>Binding</source>
        <translation>绑定</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="50"/>
        <source>Booking</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="90"/>
        <source>Bought nothing</source>
        <translation>未采购任何商品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="93"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="86"/>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="171"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <source>Finished with errors</source>
        <translation>已完成但有错误</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="86"/>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="171"/>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="55"/>
        <source>Interrupted (station {})</source>
        <translation>已中断（工作站 {}）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="112"/>
        <source>Last problem: {}</source>
        <translation>最近的问题：{}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="106"/>
        <source>Marketplace total: ¥{}</source>
        <translation>平台合计：¥{}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="108"/>
        <source>Orders sent without a clear answer are looked up by the reconciler; their lines stay reserved until then.</source>
        <translation>提交后未获明确答复的订单由对账程序查询；在此之前其订单行保持预留。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="86"/>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="171"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="77"/>
        <source>Resumes at the next start</source>
        <translation>将在下次启动时继续</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="50"/>
        <source>Synchronisation</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="50"/>
        <source>Unbinding</source>
        <translation>解绑</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="49"/>
        <source>Waiting for you</source>
        <translation>等待您处理</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="80"/>
        <source>Waiting for your answer</source>
        <translation>等待您回答</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="86"/>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="171"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="102"/>
        <source>Workstation {} stopped while it was running (its lease ran out or its process is gone). The next start of a workstation resumes it; what it already bought stays bought and nothing is bought twice.</source>
        <translation>工作站 {} 在运行期间停止（租约到期或进程消失）。任一工作站下次启动时会恢复该任务；已采购的保持不变，不会重复采购。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="90"/>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="62"/>
        <source>bought %n line(s)</source>
        <translation>
            <numerusform>已采购 %n 个订单行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="70"/>
        <source>bought %n so far</source>
        <translation>
            <numerusform>目前已采购 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="61"/>
        <source>bought nothing</source>
        <translation>未采购任何商品</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/results.py" line="62"/>
        <source>in %n order(s)</source>
        <translation>
            <numerusform>共 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/results.py" line="88"/>
        <source>then aborted</source>
        <translation>随后中止</translation>
    </message>
</context>
<context>
    <name>ActivitiesPane</name>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="72"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="60"/>
        <source>All accounts</source>
        <translation>所有账号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="56"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="65"/>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="66"/>
        <source>Answer waiting questions</source>
        <translation>回答等待中的问题</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="58"/>
        <source>Binding</source>
        <translation>绑定</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="58"/>
        <source>Booking</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="176"/>
        <source>Could not read the activities: {}</source>
        <translation>无法读取任务：{}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="65"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="65"/>
        <source>Ended with problems</source>
        <translation>已结束但有问题</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="72"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="85"/>
        <source>No activities yet. Bookings, synchronisations, bindings and unbindings appear here while they run and after they end.</source>
        <translation>暂无任务。采购、同步、绑定和解绑在运行中和结束后都会显示在此处。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="65"/>
        <source>Running or waiting</source>
        <translation>运行中或等待中</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="73"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="58"/>
        <source>Synchronisation</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="58"/>
        <source>Unbinding</source>
        <translation>解绑</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="65"/>
        <source>Waiting for you</source>
        <translation>等待您处理</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="68"/>
        <source>Work through every waiting question (F9)</source>
        <translation>逐个处理所有等待中的问题 (F9)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/pane.py" line="164"/>
        <source>{} waiting for you</source>
        <translation>{} 个等待您处理</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="135"/>
        <source>Activity</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="238"/>
        <source>Activity: {}</source>
        <translation>任务：{}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="305"/>
        <source>Cancel activity</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="183"/>
        <source>Cancel activity...</source>
        <translation>取消任务...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="186"/>
        <source>Close (it keeps running)</source>
        <translation>关闭（任务继续运行）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="242"/>
        <source>Found order lines: {}</source>
        <translation>找到的订单行：{}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="243"/>
        <source>Found provider orders: {}</source>
        <translation>找到的平台订单：{}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="269"/>
        <source>Result: {}</source>
        <translation>结果：{}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="266"/>
        <source>State: {}</source>
        <translation>状态：{}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="306"/>
        <source>Stop this activity? What it already did stays done; lines not yet booked stay as they are.</source>
        <translation>停止此任务？已完成的内容保持不变；尚未下单的订单行保持原状。</translation>
    </message>
</context>
<context>
    <name>AddAccount</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/add_account.py" line="51"/>
        <source>Log in another {0} account</source>
        <translation>登录另一个 {0} 账号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/add_account.py" line="53"/>
        <source>Open an order first: accounts are per marketplace</source>
        <translation>请先打开订单：账号按平台区分</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Alarm resolved</source>
        <translation>警报已解除</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Badge issued</source>
        <translation>已发放工牌</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Badge revoked</source>
        <translation>工牌已作废</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Booked on the marketplace</source>
        <translation>已在平台下单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Bought above the price rule</source>
        <translation>采购价超出规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Bound to a marketplace order</source>
        <translation>已绑定平台订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Change for OT Box discarded by a person</source>
        <translation>发往 OT Box 的变更已被人工丢弃</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Change for OT Box sent again by a person</source>
        <translation>发往 OT Box 的变更已被人工重新发送</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Configuration changed</source>
        <translation>规格已更改</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Connected to an OT Box instance</source>
        <translation>已连接到 OT Box 实例</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Customer price recalculated</source>
        <translation>客户价格已重新计算</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Default warehouse address</source>
        <translation>默认仓库地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Disconnected from the OT Box instance</source>
        <translation>已断开与 OT Box 实例的连接</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Line cancelled</source>
        <translation>订单行已取消</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Line changed by an operator (OT API)</source>
        <translation>订单行由操作员修改（OT API）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Order given up by a person</source>
        <translation>订单已由人工放弃</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Order not created (absent)</source>
        <translation>订单未创建（不存在）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Order totals after a line was changed</source>
        <translation>订单行变更后的订单合计</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Order totals after recalculation</source>
        <translation>重新计算后的订单合计</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Password changed</source>
        <translation>密码已更改</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Person added</source>
        <translation>已添加人员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Person changed</source>
        <translation>人员信息已更改</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Person disabled</source>
        <translation>人员已停用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Person enabled again</source>
        <translation>人员已重新启用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Price confirmed by a person</source>
        <translation>价格已由人工确认</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Purchase delivery shared again (a line bound to the same order)</source>
        <translation>采购运费已重新分摊（有订单行绑定到同一订单）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Purchase information set by an operator (OT API)</source>
        <translation>采购信息由操作员设置（OT API）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Purchase price from sync</source>
        <translation>同步得到的采购价</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Received at the warehouse</source>
        <translation>已到仓库</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>SKU id</source>
        <translation>SKU ID</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Secret setting changed</source>
        <translation>密钥设置已更改</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Setting changed</source>
        <translation>设置已更改</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Unbound from its marketplace order</source>
        <translation>已与平台订单解绑</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Unsent parcel for OT Box follows an edit</source>
        <translation>未发送到 OT Box 的包裹已随编辑更新</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Warehouse address added</source>
        <translation>已添加仓库地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Warehouse address changed</source>
        <translation>已修改仓库地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="59"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="102"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="240"/>
        <source>Warehouse address deleted</source>
        <translation>已删除仓库地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>configuration</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>configuration id</source>
        <translation>规格 ID</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>confirmed price</source>
        <translation>已确认价格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>customer delivery</source>
        <translation>客户运费</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>customer owes (negative: is owed)</source>
        <translation>客户应付（负数：应退客户）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>customer price</source>
        <translation>客户价格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>delivery</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>difference for the line</source>
        <translation>订单行差额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>difference per unit</source>
        <translation>单件差额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>marketplace order</source>
        <translation>平台订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>our reference</source>
        <translation>我方编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>price accepted to buy</source>
        <translation>接受的采购价</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>price on offer</source>
        <translation>在售价格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>purchase delivery</source>
        <translation>采购运费</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>purchase price</source>
        <translation>采购价</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="255"/>
        <source>status on the marketplace</source>
        <translation>平台上的状态</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>30d</source>
        <translation>30天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>7d</source>
        <translation>7天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="86"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="203"/>
        <source>Audit of every order and setting</source>
        <translation>所有订单和设置的审计</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="201"/>
        <source>Audit of order {0}</source>
        <translation>订单 {0} 的审计</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="198"/>
        <source>Audit of {0}, line(s) chosen: {1}</source>
        <translation>{0} 的审计，所选订单行：{1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="271"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="136"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="294"/>
        <source>Could not export: {}</source>
        <translation>导出失败：{}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="223"/>
        <source>Could not read the audit: {}</source>
        <translation>无法读取审计：{}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="99"/>
        <source>Every change</source>
        <translation>所有更改</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="100"/>
        <source>Every line change</source>
        <translation>所有订单行更改</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="134"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="271"/>
        <source>Export the audit</source>
        <translation>导出审计</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="280"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="250"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="205"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="216"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="250"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="217"/>
        <source>Nothing recorded for this choice.</source>
        <translation>此选项没有记录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="250"/>
        <source>Old</source>
        <translation>旧值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="96"/>
        <source>Order (all when empty)</source>
        <translation>订单（留空为全部）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="93"/>
        <source>Show all orders</source>
        <translation>显示所有订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="107"/>
        <source>User or station</source>
        <translation>用户或工作站</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="199"/>
        <source>the chosen lines</source>
        <translation>所选订单行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="105"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="215"/>
        <source>{0} change(s)</source>
        <translation>{0} 项更改</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="289"/>
        <source>{0} change(s) exported to {1}</source>
        <translation>已导出 {0} 项更改到 {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="214"/>
        <source>{0} of {1} change(s)</source>
        <translation>{1} 项更改中的 {0} 项</translation>
    </message>
</context>
<context>
    <name>BackgroundSyncTimer</name>
    <message>
        <location filename="../../workstation/runner/background.py" line="90"/>
        <source>Synchronisation could not start: %1</source>
        <translation>无法开始同步：%1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="83"/>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>BindDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="63"/>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="76"/>
        <source>&amp;Bind</source>
        <translation>绑定(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="45"/>
        <source>Bind with {0} order — {1}</source>
        <translation>绑定 {0} 订单 — {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="128"/>
        <source>Binding could not start: {0}</source>
        <translation>无法开始绑定：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="47"/>
        <source>Every item of the marketplace order that matches a line of {0} is linked to it; you are asked about anything that does not match.</source>
        <translation>平台订单中与 {0} 的订单行匹配的每件商品都会被关联；不匹配的会询问您。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="71"/>
        <source>No session for {0}: log an account in (Settings → Sessions).</source>
        <translation>{0} 没有会话：请登录账号（设置 → 会话）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="106"/>
        <source>Type the marketplace order number (digits only).</source>
        <translation>请输入平台订单号（仅数字）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="51"/>
        <source>e.g. 231000000015000045</source>
        <translation>例如 231000000015000045</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="57"/>
        <source>expired: log in again</source>
        <translation>已过期：请重新登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="56"/>
        <source>expires within the hour</source>
        <translation>一小时内到期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="56"/>
        <source>logged in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/bind.py" line="62"/>
        <source>{0} &amp;order number:</source>
        <translation>{0} 订单号(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Abort binding</source>
        <translation>中止绑定</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Abort booking</source>
        <translation>中止采购</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Bind anyway</source>
        <translation>仍然绑定</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Buy it again</source>
        <translation>再次采购</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Cancel this product</source>
        <translation>取消此商品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Confirm at the new price</source>
        <translation>按新价格确认</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>I checked on the marketplace: no order was created</source>
        <translation>我已在平台上核实：未创建订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Keep checking in the background</source>
        <translation>继续在后台核查</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Keep it bound</source>
        <translation>保持绑定</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Skip this product</source>
        <translation>跳过此商品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="89"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="290"/>
        <source>Unbind anyway</source>
        <translation>仍然解绑</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="61"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="43"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="107"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="71"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="74"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="64"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="119"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="97"/>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="73"/>
        <location filename="../../workstation/ui/statusbar.py" line="75"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="50"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="59"/>
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="49"/>
        <source>Badges</source>
        <translation>工牌</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="77"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="123"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="143"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="54"/>
        <source>Clerk</source>
        <translation>仓管员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="116"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="141"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="50"/>
        <source>Code</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="46"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="110"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="85"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="74"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="77"/>
        <source>Configuration</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="16"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="17"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="63"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="112"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="87"/>
        <source>Customer price</source>
        <translation>客户价格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="51"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="23"/>
        <source>Delivery</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="67"/>
        <source>Delivery after</source>
        <translation>调整后运费</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="66"/>
        <source>Delivery now</source>
        <translation>当前运费</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="65"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="124"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="39"/>
        <location filename="../../workstation/ui/statusbar.py" line="79"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="173"/>
        <source>Detector</source>
        <translation>检测器</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="79"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="77"/>
        <source>Expected</source>
        <translation>应收</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="76"/>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="121"/>
        <source>External line id</source>
        <translation>外部行 ID</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="97"/>
        <source>Formed</source>
        <translation>已组包</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="167"/>
        <source>Gap (ms)</source>
        <translation>间隔（毫秒）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="22"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="95"/>
        <source>In status</source>
        <translation>处于该状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="62"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="44"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="108"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="82"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="72"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="75"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="63"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="56"/>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="79"/>
        <location filename="../../workstation/ui/statusbar.py" line="77"/>
        <source>Last synchronisation</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="56"/>
        <location filename="../../workstation/ui/outbox.py" line="71"/>
        <source>Line</source>
        <translation>订单行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="71"/>
        <source>Line status</source>
        <translation>订单行状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="69"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="21"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="120"/>
        <source>Lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="75"/>
        <source>Logged in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="45"/>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="68"/>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="56"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="120"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="98"/>
        <source>Marketplace order</source>
        <translation>平台订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="148"/>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="53"/>
        <source>Matched at</source>
        <translation>匹配时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="74"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="53"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="78"/>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="81"/>
        <source>Not packed</source>
        <translation>未打包</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="145"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="56"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="60"/>
        <source>Old → new</source>
        <translation>旧 → 新</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="55"/>
        <location filename="../../workstation/ui/outbox.py" line="70"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="15"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="62"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="70"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="73"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="38"/>
        <source>Order / account</source>
        <translation>订单 / 账号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="80"/>
        <source>Order / customer</source>
        <translation>订单 / 客户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="89"/>
        <source>Order due</source>
        <translation>订单应付</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="118"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="91"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="72"/>
        <source>Pack</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="24"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="90"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="146"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="57"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="172"/>
        <source>Physical (US)</source>
        <translation>物理键 (US)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="162"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="58"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="65"/>
        <source>Price after</source>
        <translation>调整后价格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="64"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="49"/>
        <source>Price now</source>
        <translation>当前价格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="48"/>
        <source>Price paid</source>
        <translation>已付价格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="71"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="70"/>
        <source>Prov. orders</source>
        <translation>平台订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="18"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="96"/>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="72"/>
        <location filename="../../workstation/ui/statusbar.py" line="74"/>
        <source>Provider</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="71"/>
        <source>Provider order status</source>
        <translation>平台订单状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="115"/>
        <source>Purch. delivery</source>
        <translation>采购运费</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="53"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="114"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="91"/>
        <source>Purchase price</source>
        <translation>采购价</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="169"/>
        <source>Qt key</source>
        <translation>Qt 键</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="47"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="111"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="86"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="74"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="78"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="80"/>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="52"/>
        <source>Recipient</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="67"/>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="80"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="47"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="170"/>
        <source>Scan code</source>
        <translation>扫描码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="140"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="49"/>
        <source>Scanned</source>
        <translation>扫描时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="58"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="123"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="92"/>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="163"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="95"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="121"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/model.py" line="72"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="48"/>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="164"/>
        <location filename="../../workstation/ui/outbox.py" line="73"/>
        <location filename="../../workstation/ui/panes/activities/model.py" line="61"/>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="74"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="52"/>
        <location filename="../../workstation/ui/statusbar.py" line="76"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="54"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="122"/>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="19"/>
        <location filename="../../workstation/ui/panes/orders/model.py" line="54"/>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="117"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="93"/>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="75"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="78"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="168"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="74"/>
        <location filename="../../workstation/ui/dialogs/audit.py" line="52"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="112"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="166"/>
        <source>Time (ms)</source>
        <translation>时间（毫秒）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="93"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/activity_window.py" line="74"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="96"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="53"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="113"/>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="98"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="171"/>
        <source>Virtual key</source>
        <translation>虚拟键</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="57"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="122"/>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="99"/>
        <source>Waybill (staff)</source>
        <translation>运单号（员工）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="116"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="94"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/audit.py" line="58"/>
        <location filename="../../workstation/ui/outbox.py" line="72"/>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="37"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="36"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="144"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="55"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
</context>
<context>
    <name>ComingPane</name>
    <message>
        <location filename="../../workstation/ui/panes/placeholder.py" line="44"/>
        <source>Activities</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/placeholder.py" line="32"/>
        <source>Here you will book paid order lines on Taobao Global and 1688.com: choose the buyer account and the warehouse address, select lines (ready for purchase, booked, purchased) and use &lt;i&gt;With selected&lt;/i&gt; to book, recalculate, bind a marketplace order or unbind. Price changes are confirmed in a dialog.&lt;br&gt;&lt;br&gt;Until then, the Orders pane shows every line with its status, marketplace order number and waybill.</source>
        <translation>您将在此处于淘宝全球购和 1688.com 采购已付款的订单行：选择买家账号和仓库地址，选择订单行（待采购、已下单、已采购），然后使用&lt;i&gt;对所选&lt;/i&gt;进行采购、重新计算、绑定平台订单或解绑。价格变动会在对话框中确认。&lt;br&gt;&lt;br&gt;在此之前，订单面板会显示每个订单行的状态、平台订单号和运单号。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/placeholder.py" line="45"/>
        <source>Here you will follow long operations (booking, synchronisation, binding and unbinding) while they run, answer their questions, and see what they did. They keep going when this window is closed and resume after a restart.</source>
        <translation>您将在此跟踪长时间运行的任务（采购、同步、绑定和解绑），回答它们的问题并查看结果。关闭此窗口后任务仍会继续，重启后会恢复。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/placeholder.py" line="31"/>
        <source>Purchase</source>
        <translation>采购</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="83"/>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="88"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="204"/>
        <source>A secret is stored</source>
        <translation>已保存密钥</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="97"/>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="103"/>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="104"/>
        <source>Authorize URL</source>
        <translation>授权 URL</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="267"/>
        <source>Calling %1…</source>
        <translation>正在调用 %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="96"/>
        <source>Gateway base URL</source>
        <translation>网关基础 URL</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="64"/>
        <source>Live</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="94"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="202"/>
        <source>New, saved with Save</source>
        <translation>新建，点击“保存”后生效</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="191"/>
        <source>No secret yet</source>
        <translation>尚无密钥</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="205"/>
        <source>Not stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="112"/>
        <source>One harmless signed call to the gateway with the values on this page (nothing is saved or bought)</source>
        <translation>使用本页的值向网关发送一次无害的签名请求（不保存也不采购任何内容）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="230"/>
        <source>Orders are placed on the real %1 with this application's key: real money.</source>
        <translation>订单将使用本应用的密钥在真实的 %1 上下单：涉及真实资金。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="91"/>
        <source>Put the real platform's addresses, pacing and timeout back</source>
        <translation>恢复真实平台的地址、请求间隔和超时</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="90"/>
        <source>Real gateway's defaults</source>
        <translation>真实网关默认值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="105"/>
        <source>Redirect URI</source>
        <translation>回调 URI</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="106"/>
        <source>Request pacing</source>
        <translation>请求间隔</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="64"/>
        <source>Sandbox (demo)</source>
        <translation>沙箱（演示）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Setting to fix: %1</source>
        <translation>需修正的设置：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="111"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="291"/>
        <source>Test connection found the problem here</source>
        <translation>测试连接发现此处有问题</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="266"/>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="231"/>
        <source>The embedded sandbox marketplace with demo data: nothing real is bought. The values below are kept for Live.</source>
        <translation>内置沙箱平台，含演示数据：不会真实采购。下面的值保留供正式模式使用。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="108"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="190"/>
        <source>Type a new secret to replace it</source>
        <translation>输入新密钥以替换</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="107"/>
        <source>between two calls of one buyer account</source>
        <translation>同一买家账号两次调用之间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="109"/>
        <source>per request</source>
        <translation>每次请求</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="269"/>
        <source>the sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="284"/>
        <source>✔ Connection works</source>
        <translation>✔ 连接正常</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="284"/>
        <source>✖ Connection failed</source>
        <translation>✖ 连接失败</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="301"/>
        <source>✖ The test could not run</source>
        <translation>✖ 无法运行测试</translation>
    </message>
</context>
<context>
    <name>EngineMessages</name>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line} (marketplace order {external} still exists)</source>
        <translation>#{line}（平台订单 {external} 仍存在）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line} (order {reference} is {state})</source>
        <translation>#{line}（订单 {reference} 处于 {state}）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line} cancelled.</source>
        <translation>#{line} 已取消。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line} is already being booked elsewhere (another window or station); left alone here.</source>
        <translation>#{line} 正在别处采购（另一个窗口或工作站）；此处不处理。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line} skipped; it stays ready for purchase.</source>
        <translation>#{line} 已跳过；仍为待采购。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line} was bought above the rule: {paid:money} in marketplace order {external}, above {limit}; the customer price is {customer:money}.</source>
        <translation>#{line} 的采购价超出规则：平台订单 {external} 中为 {paid:money}，高于{limit}；客户支付 {customer:money}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line}: booked again although order {previous} lives on, as asked.</source>
        <translation>#{line}：已按要求再次采购，尽管订单 {previous} 仍然存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line}: booked {booked}, ordered {ordered}</source>
        <translation>#{line}：已下单 {booked}，订购 {ordered}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line}: configuration changed to {config}, as chosen.</source>
        <translation>#{line}：已按选择将规格改为 {config}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line}: not found in marketplace order {external}</source>
        <translation>#{line}：在平台订单 {external} 中未找到</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>#{line}: the configuration chosen is no longer on offer; the line stays ready for purchase.</source>
        <translation>#{line}：所选规格已不再销售；该行仍为待采购。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Aborted by the restore of {backup}: it was open in the backup; start it again if needed.</source>
        <translation>因从 {backup} 恢复而中止：它在备份中处于未完成状态；如有需要请重新启动。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Aborted: {reason}</source>
        <translation>已中止：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Account {account} has no marketplace order {external}.</source>
        <translation>账号 {account} 没有平台订单 {external}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Binding {external} to {order}</source>
        <translation>将 {external} 关联到 {order}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Booked marketplace order {order} ({items} item(s), {total:money}).</source>
        <translation>已在平台下单 {order}（{items} 件商品，{total:money}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Booking stopped; the remaining lines stay ready for purchase.</source>
        <translation>采购已停止；其余的行仍为待采购。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Booking {order}</source>
        <translation>采购 {order}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Bound {lines} line(s) of {order} to marketplace order {external}.</source>
        <translation>已将 {order} 的 {lines} 行关联到平台订单 {external}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Cancelled by the operator.</source>
        <translation>已由操作员取消。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Cancelled by the operator; its process had stopped.</source>
        <translation>已由操作员取消；其进程已停止。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Marketplace order {external} carries our reference {reference}: linked to the lines it was booked for.</source>
        <translation>平台订单 {external} 带有我方引用号 {reference}：已关联到当初为之下单的各行。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Marketplace order {external} could not be read: {error}</source>
        <translation>无法读取平台订单 {external}：{error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Marketplace order {external} is already bound to {orders}.</source>
        <translation>平台订单 {external} 已关联到 {orders}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Marketplace order {order} carries the reference {reference}, which no booking here made: possibly a duplicate purchase from another workstation or an older database. Check it on the marketplace.</source>
        <translation>平台订单 {order} 带有引用号 {reference}，但本处没有任何采购生成过它：可能是其他工作站或旧数据库造成的重复购买。请在平台上核实。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>No bound lines of {order} to unbind.</source>
        <translation>{order} 没有可解除关联的行。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>No line is left to book: they were booked by another booking meanwhile, or are no longer ready for purchase.</source>
        <translation>没有可采购的行：它们已被其他采购处理，或已不再处于待采购状态。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>No line of {order} matches marketplace order {external}; nothing was bound.</source>
        <translation>{order} 没有任何行与平台订单 {external} 匹配；未关联任何内容。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Not unbound: {lines}. Wait for the booking to settle; a line whose marketplace order still exists is unbound only when asked explicitly (--force).</source>
        <translation>未解除关联：{lines}。请等待采购完成；平台订单仍存在的行只有在明确要求时（--force）才会解除关联。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>OT Box does not unbind these lines: {reason} Unbinding leaves the marketplace order there, and booking the lines again buys them a second time.</source>
        <translation>OT Box 不解绑这些订单行：{reason} 解绑后平台上的订单仍然存在，再次采购这些订单行会重复购买。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order for seller {seller} was not booked: {why}</source>
        <translation>卖家 {seller} 的订单未能下单：{why}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {order} is {status} on the marketplace: line(s) {lines} cancelled (see the notifications).</source>
        <translation>订单 {order} 在平台上为 {status}：已取消行 {lines}（见通知）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {order} was booked but could not be read back: {error}</source>
        <translation>订单 {order} 已下单，但无法回读：{error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {order}: {changed} of {lines} line(s) updated ({status}).</source>
        <translation>订单 {order}：{lines} 行中已更新 {changed} 行（{status}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {order}: {error}</source>
        <translation>订单 {order}：{error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {reference} for seller {seller} was not created: the marketplace did not show it after {checks} look-ups; its lines are ready for purchase again.</source>
        <translation>卖家 {seller} 的订单 {reference} 未创建：经过 {checks} 次查找平台上仍没有；其各行重新变为待采购。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {reference} found on the marketplace ({by}): {order}, {lines} line(s) linked, {total:money}.</source>
        <translation>已在平台上找到订单 {reference}（{by}）：{order}，已关联 {lines} 行，{total:money}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {reference}: not found yet.</source>
        <translation>订单 {reference}：暂未找到。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {reference}: not on the marketplace yet (look-up {checks}); its lines stay reserved. Next look-up at {next_at}.</source>
        <translation>订单 {reference}：平台上暂时还没有（第 {checks} 次查找）；其各行保持预留。下次查找时间 {next_at}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {reference}: outcome still unknown; the look-up failed ({error}). Its lines stay reserved; the workstation looks again by itself.</source>
        <translation>订单 {reference}：结果仍未知；查找失败（{error}）。其各行保持预留；工作站会自动再次查找。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Order {reference}: {who} checked on the marketplace that no order was created; {lines} line(s) are ready for purchase again.</source>
        <translation>订单 {reference}：{who} 已在平台上确认未创建订单；{lines} 行重新变为待采购。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Possible duplicate purchase: marketplace order {external} carries our reference {reference} for {order} #{line}, but {where}. Check both orders on the marketplace and cancel the one not needed.</source>
        <translation>可能重复购买：平台订单 {external} 带有我方引用号 {reference}，对应 {order} #{line}，但{where}。请在平台上核实这两个订单并取消多余的一个。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Possible duplicate purchase: marketplace orders {first} and {second} both carry our reference {reference}. Check both and cancel the one not needed.</source>
        <translation>可能重复购买：平台订单 {first} 和 {second} 都带有我方引用号 {reference}。请核实两者并取消多余的一个。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Resuming: looking up order {reference} before anything is sent again.</source>
        <translation>继续执行：在重新发送之前先查找订单 {reference}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Status {status!r} of order {order} is not in the status mapping; its lines were left as they are.</source>
        <translation>订单 {order} 的状态 {status!r} 不在状态映射中；其各行保持不变。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Stopped because the workstation was closing; it resumes at the next start.</source>
        <translation>因工作站关闭而暂停；下次启动时继续。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Synchronising {account}</source>
        <translation>同步 {account}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>The marketplace did not answer clearly ({why}); looking the order up by {reference}.</source>
        <translation>平台未给出明确应答（{why}）；正在按 {reference} 查找订单。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>The marketplace did not answer clearly and does not show order {reference} yet. Its {lines} line(s) stay reserved while the workstation keeps looking it up; still missing after {minutes} min, they become ready for purchase again. If the order is on the marketplace, bind it to {order} to link it.</source>
        <translation>平台未给出明确应答，目前也查不到订单 {reference}。其 {lines} 行在工作站继续查找期间保持预留；{minutes} 分钟后仍未找到，这些行将重新变为待采购。如果订单已在平台上，请将其关联到 {order}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>The session of {account} on {provider} has expired; log in again. ({error})</source>
        <translation>{account} 在 {provider} 上的会话已过期；请重新登录。（{error}）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Unbinding lines of {order}</source>
        <translation>解除 {order} 的行关联</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Unbound {count} line(s): {lines}</source>
        <translation>已解除关联 {count} 行：{lines}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>aborted by the operator</source>
        <translation>已由操作员中止</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>booking limit reached: {error}</source>
        <translation>已达到下单上限：{error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>cancelled by the operator</source>
        <translation>已由操作员取消</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>it could not be read: {error}</source>
        <translation>无法读取：{error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>it is also in marketplace order {external}</source>
        <translation>该行也在平台订单 {external} 中</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>it is {status} now</source>
        <translation>该行目前为“{status}”</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>kept bound: the marketplace order still exists</source>
        <translation>保持绑定：平台订单仍然存在</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>marketplace order {external} holds an extra item {item}</source>
        <translation>平台订单 {external} 中有多余的商品 {item}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>not sent: {error}</source>
        <translation>未发送：{error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>session expired</source>
        <translation>会话已过期</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>status {status}</source>
        <translation>状态 {status}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>the confirmed {price:money}</source>
        <translation>已确认的 {price:money}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>the rule ({threshold}% over {price:money})</source>
        <translation>规则（{price:money} 上浮 {threshold}%）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>unreadable answer: {error}</source>
        <translation>无法解析的应答：{error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{account} ({provider}): the session cannot be renewed and ends {ends} UTC; log in again ({reason}).</source>
        <translation>{account}（{provider}）：会话无法续期，将于 UTC {ends} 结束；请重新登录（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{count} waiting parcel(s) matched: {parcels}</source>
        <translation>已匹配 {count} 个待处理包裹：{parcels}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{orders} order(s) read, {ours} ours, {changed} line(s) changed</source>
        <translation>已读取 {orders} 个订单，其中我方 {ours} 个，{changed} 行有变更</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{order} #{line} was cancelled: marketplace order {external} is {status} there (closed unpaid, or cancelled by the seller or the buyer). Check it on the marketplace and tell the customer.</source>
        <translation>{order} #{line} 已取消：平台订单 {external} 的状态为 {status}（未付款关闭，或被卖家或买家取消）。请在平台上核实并告知客户。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{order} #{line}: the marketplace raised the purchase price from {old:money} to {new:money} in marketplace order {external}, above {limit}; the customer price is {customer:money}. Check it with the seller or the customer.</source>
        <translation>{order} #{line}：平台在订单 {external} 中将采购价从 {old:money} 提高到 {new:money}，高于{limit}；客户价格为 {customer:money}。请与卖家或客户核实。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{sign}{difference:money}</source>
        <translation>{sign}{difference:money}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{sign}{difference:money}, {sign}{percent}%</source>
        <translation>{sign}{difference:money}，{sign}{percent}%</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what} matches no line of {order}.</source>
        <translation>{what} 与 {order} 的任何行都不匹配。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what} was unbound from marketplace order {previous}, which is not cancelled there ({state}). Booking it again buys it a second time.</source>
        <translation>{what} 已与平台订单 {previous} 解除关联，但该订单在平台上未取消（{state}）。再次采购将重复购买。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: a Tmall promotion, and those are not allowed.</source>
        <translation>{what}：天猫促销商品，而设置不允许促销。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: line #{line} has quantity {qty}.</source>
        <translation>{what}：第 #{line} 行的数量为 {qty}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: new price {price:money} confirmed.</source>
        <translation>{what}：新价格 {price:money} 已确认。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: only {stock} in stock, {needed} needed.</source>
        <translation>{what}：库存仅 {stock}，需要 {needed}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: price {price:money} confirmed automatically (customer price {paid:money}, {change}; threshold {threshold}%).</source>
        <translation>{what}：价格 {price:money} 已自动确认（已付 {paid:money}，{change}；阈值 {threshold}%）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: the item is no longer available.</source>
        <translation>{what}：商品已下架。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: the price is now {price:money} (customer price {paid:money}, {change}).</source>
        <translation>{what}：现价 {price:money}（已付 {paid:money}，{change}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/messages.py"/>
        <source>{what}: this configuration no longer exists.</source>
        <translation>{what}：该规格已不存在。</translation>
    </message>
</context>
<context>
    <name>IntegrationSection</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="202"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A secret is set</source>
        <translation type="vanished">已设置密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="vanished">API 密钥</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation type="vanished">API 秘钥</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="223"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="204"/>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="199"/>
        <source>Allowed</source>
        <translation>已允许</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="209"/>
        <source>Background synchronisation</source>
        <translation>后台同步</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="211"/>
        <source>Check order after export</source>
        <translation>导出后检查订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="204"/>
        <source>Disallow</source>
        <translation>禁止</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="199"/>
        <source>Disallowed</source>
        <translation>已禁止</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="220"/>
        <source>Goods with Tmall promotions</source>
        <translation>含天猫促销的商品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="224"/>
        <source>Integration type</source>
        <translation>集成类型</translation>
    </message>
    <message>
        <source>No secret yet</source>
        <translation type="vanished">尚无密钥</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="vanished">未设置</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="203"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="203"/>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="213"/>
        <source>Re-reads each booked order, checks it holds exactly the booked items and takes the purchase price from it.</source>
        <translation>重新读取每个已下单订单，核对其商品与下单内容完全一致，并从中获取采购价。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="210"/>
        <source>Synchronise every</source>
        <translation>同步间隔</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="225"/>
        <source>The app key and secret are on the Connection page, where Test connection checks them.</source>
        <translation>应用密钥（App Key）和密码在“连接”页面设置，并在那里通过“测试连接”检查。</translation>
    </message>
    <message>
        <source>The same app key and secret as on the Connection page, where Test connection checks them.</source>
        <translation type="vanished">与“连接”页面上的 App key 和密钥相同，可在该页面用“测试连接”检查。</translation>
    </message>
    <message>
        <source>Type a new secret to replace it</source>
        <translation type="vanished">输入新密钥以替换</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="248"/>
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n 次扫描</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="150"/>
        <source>Arrived but never confirmed</source>
        <translation>已到货但未确认</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="148"/>
        <source>Code, order, station or clerk</source>
        <translation>条码、订单、工作站或仓管员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="264"/>
        <source>Could not load the journal</source>
        <translation>无法加载扫描日志</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="253"/>
        <source>Every parcel found in this period was received. Nothing is waiting on a shelf uncounted.</source>
        <translation>此期间发现的所有包裹均已收货。货架上没有未清点的包裹。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="140"/>
        <source>Every source</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="136"/>
        <source>Every verdict</source>
        <translation>所有结果</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="251"/>
        <source>No scans</source>
        <translation>无扫描记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="258"/>
        <source>No scans in this period yet. Every scan, typed code and repeat is recorded here with its verdict.</source>
        <translation>此期间暂无扫描记录。每次扫描、手动输入的条码和重复扫描都会连同结果记录在此。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="256"/>
        <source>No scans match these filters.</source>
        <translation>没有符合筛选条件的扫描记录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="152"/>
        <source>Saved filter: found scans whose lines have not been received since (the parcel may be on a shelf uncounted)</source>
        <translation>已保存的筛选：扫描后其订单行至今未收货的记录（包裹可能在货架上未清点）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="265"/>
        <source>The scan journal could not be read just now; it is tried again with the next scan. Details are in the log.</source>
        <translation>暂时无法读取扫描日志；下次扫描时会重试。详情见日志。</translation>
    </message>
</context>
<context>
    <name>KeepUnmatchedDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="213"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="120"/>
        <source>Keep as unmatched</source>
        <translation>保存为未匹配包裹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="92"/>
        <source>Keep {0} as an unmatched parcel</source>
        <translation>将 {0} 保存为未匹配包裹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="167"/>
        <source>Loading {0}…</source>
        <translation>正在加载 {0}…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="108"/>
        <source>No camera found</source>
        <translation>未找到摄像头</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="111"/>
        <source>No camera is connected (or camera support cannot be loaded here); choose a photo from a file</source>
        <translation>未连接摄像头（或此处无法加载摄像头支持）；请从文件选择照片</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="103"/>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="154"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="129"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="113"/>
        <source>Photo from file…</source>
        <translation>从文件添加照片…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="212"/>
        <source>Photo of the parcel</source>
        <translation>包裹照片</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="131"/>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="114"/>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="108"/>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="96"/>
        <source>The parcel goes to the unmatched shelf. Say what is in it or why it cannot be received; add a photo if you can.</source>
        <translation>包裹将放到未匹配货架。请说明包裹内容或无法收货的原因；如可能请添加照片。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="100"/>
        <source>e.g. line 2 was cancelled but the seller sent it; box dented; no waybill label</source>
        <translation>例如：第 2 行已取消但卖家仍发货；箱子压坏；没有运单标签</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/keep_unmatched.py" line="204"/>
        <source>{0} is not an image this program can read.</source>
        <translation>{0} 不是本程序可读取的图片。</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="68"/>
        <source>Labels of the lines you receive appear here.</source>
        <translation>收货订单行的标签将显示在此处。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="176"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="57"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="59"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="175"/>
        <source>Save labels</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="62"/>
        <source>Stock:</source>
        <translation>标签纸：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/label_preview.py" line="46"/>
        <source>{0} at {1} dpi</source>
        <translation>{0}，{1} dpi</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../workstation/scanner/labels.py" line="133"/>
        <location filename="../../workstation/scanner/labels.py" line="201"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 个订单行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/scanner/labels.py" line="202"/>
        <source>Orders:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <location filename="../../workstation/scanner/labels.py" line="195"/>
        <source>Scan to sign in at a station</source>
        <translation>扫描即可在工作站登录</translation>
    </message>
    <message>
        <location filename="../../workstation/scanner/labels.py" line="200"/>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../workstation/i18n.py" line="136"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workstation/i18n.py" line="154"/>
        <source>Language: %1. It applies at the next start of the workstation.</source>
        <translation>语言：%1。将在工作站下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../workstation/i18n.py" line="140"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../workstation/i18n.py" line="152"/>
        <source>the system language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>LearnBox</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="47"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="48"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="114"/>
        <source>Could not learn: {0}. Try again.</source>
        <translation>学习失败：{0}。请重试。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="46"/>
        <source>Learn from my scanner</source>
        <translation>根据我的扫描枪学习</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="118"/>
        <source>Measured on {0}: keys up to {1:.0f} ms apart (the first ones up to {2:.0f} ms), pauses up to {3:.0f} ms, Enter up to {4:.0f} ms after the last key.</source>
        <translation>在 {0} 上测得：按键间隔最多 {1:.0f} 毫秒（开头最多 {2:.0f} 毫秒），停顿最多 {3:.0f} 毫秒，Enter 在最后一个按键后最多 {4:.0f} 毫秒。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="123"/>
        <source>Proposed: a scan opens with {0} keys at most {1:.0f} ms apart, then keys at most {2:.0f} ms apart, up to {3} pauses of {4:.0f} ms, Enter within {5:.0f} ms; codes of {6}+ characters.</source>
        <translation>建议：扫描以 {0} 个间隔不超过 {1:.0f} 毫秒的按键开始，之后按键间隔不超过 {2:.0f} 毫秒，最多 {3} 次 {4:.0f} 毫秒的停顿，Enter 在 {5:.0f} 毫秒内；条码长度 {6} 个字符以上。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="86"/>
        <source>Scan the same label {0} times ({1} of {0} done).</source>
        <translation>将同一标签扫描 {0} 次（已完成 {1}/{0}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="49"/>
        <source>Scans split or leak into fields? Let the program measure your scanner.</source>
        <translation>扫描被拆分或漏入输入框？让程序测量您的扫描枪。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="160"/>
        <source>%1 answered with an error (HTTP %2). The marketplace may be busy; retry in a moment.</source>
        <translation>%1 返回错误（HTTP %2）。平台可能繁忙，请稍后重试。</translation>
    </message>
    <message>
        <source>%1 could not be reached</source>
        <translation type="vanished">无法连接 %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="177"/>
        <source>%1 could not be reached.</source>
        <translation>无法连接 %1。</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation type="vanished">%1 未及时响应</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="171"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 未及时响应。</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation type="vanished">%1 拒绝连接</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="169"/>
        <source>%1 refused the connection.</source>
        <translation>%1 拒绝连接。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="568"/>
        <source>A window the login page opened could not be loaded. %1</source>
        <translation>无法加载登录页面打开的窗口。%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="538"/>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="324"/>
        <source>Back to this window</source>
        <translation>返回此窗口</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="178"/>
        <source>Check the network connection and the provider's address, then retry.</source>
        <translation>请检查网络连接和平台地址，然后重试。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="322"/>
        <source>Copy the address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="498"/>
        <source>Finishing the login…</source>
        <translation>正在完成登录…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="548"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="230"/>
        <source>Log %1 in again on %2</source>
        <translation>在 %2 上重新登录 %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="273"/>
        <source>Log in in your usual web browser instead; the workstation finishes the login when the marketplace sends the browser back.</source>
        <translation>请改用常用浏览器登录；平台将浏览器跳转回来后，工作站会完成登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="316"/>
        <source>Log in in your web browser</source>
        <translation>在浏览器中登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="553"/>
        <source>Log in on the page above.</source>
        <translation>请在上方页面登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="229"/>
        <source>Log in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="265"/>
        <source>Log in with the buyer account on the %1 page below. The workstation keeps the session; your password is not stored.</source>
        <translation>请在下方的 %1 页面登录买家账号。工作站会保存会话；不会存储您的密码。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="509"/>
        <source>Logged in as %1.</source>
        <translation>已登录为 %1。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="391"/>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="608"/>
        <source>Login received</source>
        <translation>已收到登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="611"/>
        <source>Login refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="397"/>
        <source>New window</source>
        <translation>新窗口</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="318"/>
        <source>No browser opened? Copy the address and paste it into one.</source>
        <translation>浏览器未打开？请复制地址并粘贴到浏览器中。</translation>
    </message>
    <message>
        <source>No browser opened? Copy this address into one: %1</source>
        <translation type="vanished">浏览器未打开？请将此地址复制到浏览器：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="639"/>
        <source>No web browser could be opened; copy the address above into one.</source>
        <translation>无法打开浏览器；请将上方地址复制到浏览器中。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="532"/>
        <location filename="../../workstation/ui/dialogs/login.py" line="544"/>
        <source>Not logged in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="272"/>
        <location filename="../../workstation/ui/dialogs/login.py" line="307"/>
        <source>Open in the system browser</source>
        <translation>在系统浏览器中打开</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="320"/>
        <source>Open the page again</source>
        <translation>重新打开页面</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="462"/>
        <source>Opening the login page…</source>
        <translation>正在打开登录页面…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="579"/>
        <source>Page: %1</source>
        <translation>页面：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="607"/>
        <source>Preparing the login in the browser…</source>
        <translation>正在浏览器中准备登录…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="258"/>
        <location filename="../../workstation/ui/dialogs/login.py" line="305"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="579"/>
        <source>Secure page: %1</source>
        <translation>安全页面：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="325"/>
        <source>Stop waiting for the browser and log in here.</source>
        <translation>不再等待浏览器，在此登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="624"/>
        <source>The %1 login page is open in your web browser. Log in there, with an SMS code or a QR scan if the page asks; this window finishes the login by itself when the marketplace sends the browser back. It waits until %2.</source>
        <translation>%1 登录页面已在您的浏览器中打开。请在那里登录（如页面要求，可使用短信验证码或扫码）；平台将浏览器跳转回来后，此窗口会自动完成登录。等待至 %2。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="649"/>
        <source>The address is on the clipboard.</source>
        <translation>地址已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="154"/>
        <source>The certificate of %1 is not valid (%2). The page was not opened: the connection may be intercepted. Check the computer's date and time and the network (a proxy or antivirus that inspects HTTPS), then retry.</source>
        <translation>%1 的证书无效（%2）。页面未打开：连接可能被拦截。请检查电脑的日期和时间以及网络（检查 HTTPS 的代理或杀毒软件），然后重试。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="173"/>
        <source>The connection to %1 was broken off.</source>
        <translation>与 %1 的连接已中断。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="524"/>
        <source>The login failed unexpectedly; the details are in the log.</source>
        <translation>登录意外失败；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="301"/>
        <source>The login page could not be opened</source>
        <translation>无法打开登录页面</translation>
    </message>
    <message>
        <source>The login page could not be opened: %1. Check the network connection and the provider's address, then retry.</source>
        <translation type="vanished">无法打开登录页面：%1。请检查网络连接和平台地址，然后重试。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="164"/>
        <source>The name %1 could not be found: the computer may have no network, or its DNS server does not answer.</source>
        <translation>找不到名称 %1：电脑可能没有网络，或 DNS 服务器无响应。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="175"/>
        <source>The proxy server did not let the connection to %1 through.</source>
        <translation>代理服务器未放行到 %1 的连接。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="484"/>
        <source>The redirect URI in the connection settings is not a loopback address, so the system browser cannot hand the login back.</source>
        <translation>连接设置中的回调 URI 不是本机回环地址，因此系统浏览器无法将登录结果传回。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="609"/>
        <source>The workstation received the marketplace's answer. You can close this tab and go back to the workstation.</source>
        <translation>工作站已收到平台的答复。您可以关闭此标签页并返回工作站。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="167"/>
        <source>This computer is not connected to a network, so %1 cannot be reached.</source>
        <translation>本机未连接网络，无法访问 %1。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/login.py" line="632"/>
        <source>Waiting for the browser…</source>
        <translation>正在等待浏览器…</translation>
    </message>
    <message>
        <source>the connection to %1 was broken</source>
        <translation type="vanished">与 %1 的连接已中断</translation>
    </message>
    <message>
        <source>the name %1 could not be found (no network, or a DNS problem)</source>
        <translation type="vanished">找不到名称 %1（无网络或 DNS 问题）</translation>
    </message>
    <message>
        <source>the proxy server did not let the connection to %1 through</source>
        <translation type="vanished">代理服务器未放行到 %1 的连接</translation>
    </message>
    <message>
        <source>this computer is not connected to a network, so %1 cannot be reached</source>
        <translation type="vanished">本机未连接网络，无法访问 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="125"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="119"/>
        <source>&amp;AutoPurchase</source>
        <translation>自动采购(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="91"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="107"/>
        <source>&amp;Find order</source>
        <translation>查找订单(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="124"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="118"/>
        <source>&amp;Plugins</source>
        <translation>插件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="97"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="120"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../workstation/i18n.py" line="131"/>
        <location filename="../../workstation/ui/mainwindow.py" line="96"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="111"/>
        <source>A&amp;udit of this order or lines…</source>
        <translation>此订单或订单行的审计(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="212"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="69"/>
        <location filename="../../workstation/ui/mainwindow.py" line="190"/>
        <source>Activities</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="189"/>
        <source>Activities ({0} waiting)</source>
        <translation>任务（{0} 个等待）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="113"/>
        <source>Audit of &amp;everything…</source>
        <translation>全部审计(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="67"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../workstation/app.py" line="324"/>
        <source>Preparing the sandbox marketplace and its demo accounts…</source>
        <translation>正在准备沙箱平台及其演示账号…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="68"/>
        <source>Purchase</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../workstation/app.py" line="327"/>
        <source>Sandbox ready: demo accounts {0}; {1} booked demo orders placed there.</source>
        <translation>沙箱已就绪：演示账号 {0}；已在其中放置 {1} 个已下单的演示订单。</translation>
    </message>
    <message>
        <location filename="../../workstation/app.py" line="410"/>
        <source>The previous run stopped unexpectedly; its report is in {0}</source>
        <translation>上次运行意外中止；报告位于 {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/app.py" line="334"/>
        <source>The sandbox marketplace could not be prepared: {0}</source>
        <translation>无法准备沙箱平台：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/app.py" line="265"/>
        <source>The workstation could not be started again; start it yourself.</source>
        <translation>无法重新启动工作站，请手动启动。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="71"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="59"/>
        <source>Warehouse workstation</source>
        <translation>仓库工作站</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mainwindow.py" line="212"/>
        <source>Warehouse workstation {0}
Books, synchronises and receives purchases from Taobao Global and 1688.com.</source>
        <translation>仓库工作站 {0}
在淘宝全球购和 1688.com 采购、同步和收货。</translation>
    </message>
</context>
<context>
    <name>MappingSection</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="193"/>
        <source>%1 is listed twice.</source>
        <translation>%1 重复列出。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="159"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="191"/>
        <source>Every row needs a provider order status.</source>
        <translation>每行都需要填写平台订单状态。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="160"/>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="161"/>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/mapping.py" line="167"/>
        <source>Which line status an order status on the marketplace moves a line to. Received, packed and sent to customer are set by the warehouse, never by synchronisation. Double-click a cell to change it.</source>
        <translation>平台上的订单状态将订单行改为哪个订单行状态。“已到仓库”、“已打包”和“已发给客户”由仓库设置，同步不会设置。双击单元格进行修改。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../workstation/ui/look.py" line="50"/>
        <source>Nothing is owed on this order</source>
        <translation>此订单无欠款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="49"/>
        <source>The customer is owed {0} on this order</source>
        <translation>此订单应退客户 {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="47"/>
        <source>The customer owes {0} on this order</source>
        <translation>此订单客户应付 {0}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="26"/>
        <source>Bought above the price rule</source>
        <translation>采购价超出规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="26"/>
        <source>Line cancelled</source>
        <translation>订单行已取消</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="26"/>
        <source>Order with our reference, not booked here</source>
        <translation>带有我方编号但非在此下单的订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="26"/>
        <source>Possible duplicate purchase</source>
        <translation>可能重复采购</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="26"/>
        <source>Session cannot be renewed</source>
        <translation>会话无法续期</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="56"/>
        <source>Acknowledge</source>
        <translation>确认已读</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="57"/>
        <source>I have seen and handled the selected notifications</source>
        <translation>我已查看并处理所选通知</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="115"/>
        <source>Notifications could not be read: %1</source>
        <translation>无法读取通知：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/notifications.py" line="105"/>
        <source>Notifications: %1 to acknowledge</source>
        <translation>通知：%1 条待确认</translation>
    </message>
</context>
<context>
    <name>OrderDetailView</name>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="57"/>
        <source>Amounts:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="18"/>
        <source>Choose an order above to see its lines.</source>
        <translation>在上方选择订单以查看其订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="56"/>
        <source>Comment:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="57"/>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="55"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="55"/>
        <source>Deliver to:</source>
        <translation>收货地址：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="56"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="73"/>
        <source>goods {0}, delivery {1}, not paid yet</source>
        <translation>商品 {0}，运费 {1}，尚未付款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/detail.py" line="68"/>
        <source>goods {0}, delivery {1}, paid {2}</source>
        <translation>商品 {0}，运费 {1}，已付 {2}</translation>
    </message>
</context>
<context>
    <name>OrderField</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="38"/>
        <source>Order number (ORD-…, or just 123) or customer, then Enter</source>
        <translation>订单号（ORD-… 或直接 123）或客户，然后按 Enter</translation>
    </message>
</context>
<context>
    <name>OrderLines</name>
    <message>
        <location filename="../../workstation/ui/panes/orders/model.py" line="50"/>
        <source>Recalculated: the customer is asked {0} a unit instead of {1}</source>
        <translation>已重新计算：向客户收取每件 {0}，而非 {1}</translation>
    </message>
</context>
<context>
    <name>OrderSourcePage</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="250"/>
        <source>%1 warehouse changes have not been accepted by the platform yet: they are lost if you disconnect now.</source>
        <translation>有 %1 项仓库变更尚未被平台接受：现在断开连接将丢失它们。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="94"/>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="188"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="188"/>
        <source>Connect again</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="164"/>
        <source>Connected to %1 since %2; the copy holds %3 orders.</source>
        <translation>自 %2 起已连接到 %1；副本中有 %3 个订单。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="214"/>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="212"/>
        <source>Connected: %1 orders will be mirrored.</source>
        <translation>已连接：将镜像 %1 个订单。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="231"/>
        <source>Connecting failed unexpectedly; the details are in the log.</source>
        <translation>连接意外失败；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="203"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="252"/>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="246"/>
        <source>Disconnect from %1?

The copy of its %2 orders is removed from this workstation; the orders stay on the instance.</source>
        <translation>要断开与 %1 的连接吗？

其 %2 个订单的副本将从本工作站删除；订单仍保留在实例中。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="266"/>
        <source>Disconnected: the copy of the instance's orders was removed.</source>
        <translation>已断开：实例订单的副本已删除。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="274"/>
        <source>Disconnecting failed unexpectedly; the details are in the log.</source>
        <translation>断开连接意外失败；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="97"/>
        <source>Disconnect…</source>
        <translation>断开连接…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="79"/>
        <source>Instance key</source>
        <translation>实例密钥</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="59"/>
        <source>OT Box instance</source>
        <translation>OT Box 实例</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="80"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="301"/>
        <source>Order source</source>
        <translation>订单来源</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="64"/>
        <source>Orders are kept in this workstation's database and bought through its own marketplace connections.</source>
        <translation>订单保存在本工作站的数据库中，并通过其自己的平台连接采购。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="80"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="98"/>
        <source>Remove the copy of the instance's orders and go back to this workstation's own orders</source>
        <translation>删除实例订单的副本，恢复使用本工作站自己的订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="108"/>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="106"/>
        <source>Restart the workstation to switch the order source.</source>
        <translation>请重新启动工作站以切换订单来源。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="81"/>
        <source>Secret (optional)</source>
        <translation>签名密钥（可选）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="95"/>
        <source>Sign in as the operator and read the instance's status list; only then is the connection stored</source>
        <translation>以操作员身份登录并读取实例的状态列表；成功后才保存连接</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="216"/>
        <source>The %1 demo orders of this database were removed.</source>
        <translation>已删除本数据库的 %1 个演示订单。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="229"/>
        <source>The connection failed here</source>
        <translation>连接在此处失败</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="180"/>
        <source>The order source could not be read; the details are in the log.</source>
        <translation>无法读取订单来源；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="66"/>
        <source>The orders are an OT Box instance's: this workstation keeps a copy (scans never wait on the network), books through the instance's Autopurchase and sends the warehouse's changes back.</source>
        <translation>订单属于 OT Box 实例：本工作站保存其副本（扫描从不等待网络），通过实例的自动采购下单，并把仓库的变更发回实例。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="86"/>
        <source>The secret is needed only when the instance accepts signed calls only. The password and the secret go to the secret store.</source>
        <translation>仅当实例只接受签名调用时才需要签名密钥。密码和签名密钥保存在密钥存储中。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="58"/>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="169"/>
        <source>This workstation keeps its own orders.</source>
        <translation>本工作站保存自己的订单。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="79"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="121"/>
        <source>Where the orders come from</source>
        <translation>订单从哪里来</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="174"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="172"/>
        <location filename="../../workstation/ui/dialogs/settings/order_source.py" line="173"/>
        <source>stored (type to replace)</source>
        <translation>已保存（输入以替换）</translation>
    </message>
</context>
<context>
    <name>OrdersPane</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/orders/pane.py" line="184"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 个订单行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/orders/pane.py" line="161"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="104"/>
        <source>By goods</source>
        <translation>按商品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="103"/>
        <source>By orders</source>
        <translation>按订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="181"/>
        <source>No lines with a waybill starting “{0}”</source>
        <translation>没有运单号以“{0}”开头的订单行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="182"/>
        <source>No order lines yet</source>
        <translation>暂无订单行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="159"/>
        <source>No order to show.</source>
        <translation>没有可显示的订单。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="158"/>
        <source>No orders match “{0}”</source>
        <translation>没有与“{0}”匹配的订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="158"/>
        <source>No orders yet</source>
        <translation>暂无订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="73"/>
        <source>Search orders: number, customer or provider</source>
        <translation>搜索订单：订单号、客户或平台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/orders/pane.py" line="91"/>
        <source>Tracking number (waybill), or its beginning</source>
        <translation>运单号或其开头</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="56"/>
        <source>Being sent / answer lost</source>
        <translation>发送中 / 回复丢失</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="52"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="52"/>
        <source>Receipt</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="56"/>
        <source>Refused by OT Box</source>
        <translation>被 OT Box 拒绝</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="56"/>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="52"/>
        <source>Waybill correction</source>
        <translation>运单号更正</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="58"/>
        <source>tried {0} times</source>
        <translation>已尝试 {0} 次</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="184"/>
        <source>Changes not sent to OT Box</source>
        <translation>未发送到 OT Box 的变更</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="252"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="248"/>
        <source>Discard this change?</source>
        <translation>丢弃此变更？</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="199"/>
        <source>Discard…</source>
        <translation>丢弃…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="253"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="200"/>
        <source>Never send the selected change (OT Box keeps what it has)</source>
        <translation>永不发送所选变更（OT Box 保留其现有数据）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="197"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="198"/>
        <source>Send the selected change again now</source>
        <translation>立即再次发送所选变更</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="188"/>
        <source>These warehouse changes are kept on this workstation and sent to OT Box by themselves when it answers. A refused one waits for you: fix the cause on the platform and retry it, or discard it.</source>
        <translation>这些仓库变更保存在本工作站上，OT Box 有响应时会自动发送。被拒绝的变更会等待您处理：在平台上解决原因后重试，或将其丢弃。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="249"/>
        <source>{0} of order {1} will never be sent to OT Box; the platform keeps what it has, and the line's status there may differ from this workstation's. Discard it?</source>
        <translation>订单 {1} 的 {0} 将永远不会发送到 OT Box；平台保留其现有数据，该行在平台上的状态可能与本工作站不同。要丢弃吗？</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/outbox.py" line="124"/>
        <source>%n change(s) not sent to OT Box</source>
        <translation>
            <numerusform>%n 项变更未发送到 OT Box</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="100"/>
        <source>List the changes OT Box has not accepted yet, with its reasons</source>
        <translation>列出 OT Box 尚未接受的变更及其原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="99"/>
        <source>Show…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/outbox.py" line="135"/>
        <source>The list of unsent changes could not be read: {0}</source>
        <translation>无法读取未发送变更的列表：{0}</translation>
    </message>
</context>
<context>
    <name>ParcelSection</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="180"/>
        <source> cm</source>
        <translation> 厘米</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="300"/>
        <source>. Also received for this customer: {0} — tick their lines to pack them in the same parcel.</source>
        <translation>。该客户另有已收货：{0} — 勾选其订单行即可装入同一包裹。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="298"/>
        <source>; {0} not received yet</source>
        <translation>；尚未收到 {0} 件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="169"/>
        <source>Choose an order whose lines are received.</source>
        <translation>请选择有已收货订单行的订单。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="185"/>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="342"/>
        <source>Form parcel</source>
        <translation>组包</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="374"/>
        <source>Give all three sides of the parcel, or none.</source>
        <translation>请填写包裹的全部三边尺寸，或都不填。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="168"/>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="186"/>
        <source>New parcel</source>
        <translation>新包裹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="167"/>
        <source>Order number, or scan a line label</source>
        <translation>订单号，或扫描订单行标签</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="207"/>
        <source>Order:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="402"/>
        <source>Parcel P{0} changed.</source>
        <translation>包裹 P{0} 已修改。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="402"/>
        <source>Parcel P{0} formed.</source>
        <translation>包裹 P{0} 已组包。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="236"/>
        <source>Parcels of this order (click one to change it)</source>
        <translation>此订单的包裹（点击可修改）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="361"/>
        <source>Save changes to P{0}</source>
        <translation>保存对 P{0} 的更改</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="223"/>
        <source>Size (L × W × H):</source>
        <translation>尺寸（长 × 宽 × 高）：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="416"/>
        <source>Something went wrong: {0}</source>
        <translation>出现错误：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="194"/>
        <source>The label of the parcel you form or pick appears here.</source>
        <translation>您正在组包或选中的包裹标签将显示在此处。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="224"/>
        <source>Tracking number:</source>
        <translation>运单号：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="183"/>
        <source>Type or scan the outgoing tracking number</source>
        <translation>输入或扫描发出的运单号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="222"/>
        <source>Weight:</source>
        <translation>重量：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="175"/>
        <source>kg, e.g. 1.254</source>
        <translation>千克，例如 1.254</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/parcel.py" line="296"/>
        <source>{0} — {1}: %n line(s)</source>
        <translation>
            <numerusform>{0} — {1}：%n 个订单行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="48"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="45"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="47"/>
        <source>Clerk</source>
        <translation>仓管员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="48"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="56"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="209"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="46"/>
        <source>Purchaser</source>
        <translation>采购员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="55"/>
        <source>Save the badge label</source>
        <translation>保存工牌标签</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="74"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="150"/>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="169"/>
        <source>Choose a person in the list first.</source>
        <translation>请先在列表中选择一个人员。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="90"/>
        <source>Choose a person in the list for the buttons on the right; the first person added must be an administrator.</source>
        <translation>右侧按钮作用于列表中选中的人员；第一个添加的人员必须是管理员。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="77"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="78"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="124"/>
        <source>Every badge of {0} is revoked.</source>
        <translation>{0} 的所有工牌已作废。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="75"/>
        <source>Give the role</source>
        <translation>分配角色</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="86"/>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="87"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="190"/>
        <source>New badge of {0} saved to {1}: print it and hand it over.</source>
        <translation>{0} 的新工牌已保存到 {1}：请打印并交给本人。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="79"/>
        <source>New badge…</source>
        <translation>新工牌…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="164"/>
        <source>Password of {0} changed.</source>
        <translation>{0} 的密码已更改。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="89"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="84"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="80"/>
        <source>Revoke badges</source>
        <translation>作废工牌</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="88"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="76"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="187"/>
        <source>The badge was made, but its label could not be saved: {0}. Revoke it and make another.</source>
        <translation>工牌已创建，但无法保存其标签：{0}。请将其作废并重新创建。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="198"/>
        <source>Unexpected error: {0}</source>
        <translation>意外错误：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="158"/>
        <source>{0} added.</source>
        <translation>已添加 {0}。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="118"/>
        <source>{0} can no longer sign in.</source>
        <translation>{0} 已不能登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="121"/>
        <source>{0} can sign in again.</source>
        <translation>{0} 可以重新登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/people_page.py" line="114"/>
        <source>{0} has the new role.</source>
        <translation>{0} 已分配新角色。</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="76"/>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="66"/>
        <source>Loading photo…</source>
        <translation>正在加载照片…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="82"/>
        <source>Next</source>
        <translation>下一张</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="61"/>
        <source>Photo of {0}</source>
        <translation>{0} 的照片</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="139"/>
        <source>Photo {0} of {1}: </source>
        <translation>第 {0} 张，共 {1} 张：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="81"/>
        <source>Previous</source>
        <translation>上一张</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="111"/>
        <source>This parcel has no photo that can be shown.</source>
        <translation>此包裹没有可显示的照片。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="75"/>
        <source>Zoom to fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/photo_viewer.py" line="137"/>
        <source>{0} × {1} px, from {2}</source>
        <translation>{0} × {1} 像素，来源：{2}</translation>
    </message>
</context>
<context>
    <name>PlatformStatusLabel</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/platform_status.py" line="92"/>
        <source>%n warehouse change(s) not sent yet.</source>
        <translation>
            <numerusform>%n 项仓库变更尚未发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="93"/>
        <source>Click to refresh now.</source>
        <translation>点击立即刷新。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="83"/>
        <source>OT Box %1 · not refreshed yet</source>
        <translation>OT Box %1 · 尚未刷新</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="82"/>
        <source>OT Box %1 · refreshed %2</source>
        <translation>OT Box %1 · %2 已刷新</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="79"/>
        <source>OT Box %1: not answering</source>
        <translation>OT Box %1：无响应</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="71"/>
        <source>OT Box: not connected</source>
        <translation>OT Box：未连接</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="51"/>
        <source>OT Box: refreshing…</source>
        <translation>OT Box：正在刷新…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/platform_status.py" line="86"/>
        <source>Orders come from the OT Box instance at %1 (operator %2).</source>
        <translation>订单来自 %1 的 OT Box 实例（操作员 %2）。</translation>
    </message>
</context>
<context>
    <name>PricesSection</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="338"/>
        <source>A line is bought without asking when its new price is at most %1% above what the customer paid.</source>
        <translation>若新价格比客户所付价格高出不超过 %1%，则无需确认直接采购。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="294"/>
        <source>Automatic price confirmation</source>
        <translation>自动确认价格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="337"/>
        <source>Every line waits for a person to confirm its price.</source>
        <translation>每个订单行都等待人工确认价格。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="340"/>
        <source>Example, the customer paid ¥10.00:</source>
        <translation>示例，客户支付 ¥10.00：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="288"/>
        <source>Lower price</source>
        <translation>价格降低</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="288"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="292"/>
        <source>Overpayment threshold</source>
        <translation>超付阈值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="335"/>
        <source>¥%1: bought</source>
        <translation>¥%1：已采购</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="335"/>
        <source>¥%1: waits for a person</source>
        <translation>¥%1：等待人工处理</translation>
    </message>
</context>
<context>
    <name>PurchaseActions</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="22"/>
        <source>&amp;Book</source>
        <translation>采购(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="24"/>
        <source>&amp;Recalculate price/delivery…</source>
        <translation>重新计算价格/运费(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="29"/>
        <source>&amp;Unbind</source>
        <translation>解绑(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="61"/>
        <source>Actions on the selected lines (or right-click the lines)</source>
        <translation>对所选订单行的操作（或右键单击订单行）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="27"/>
        <source>B&amp;ind with provider order…</source>
        <translation>绑定平台订单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="23"/>
        <source>Book the selected lines on the marketplace</source>
        <translation>在平台上采购所选订单行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="30"/>
        <source>Detach the selected lines from their marketplace order (nothing is cancelled on the marketplace)</source>
        <translation>将所选订单行与平台订单解绑（平台上不会取消任何内容）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="33"/>
        <source>Fetch statuses, order numbers, waybills and prices of the chosen account now</source>
        <translation>立即获取所选账号的状态、订单号、运单号和价格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="28"/>
        <source>Link a marketplace order bought by hand to this order's lines</source>
        <translation>将手动采购的平台订单关联到此订单的订单行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="25"/>
        <source>Set the customer's price and/or delivery to the purchase figures (only after the customer agreed)</source>
        <translation>将客户价格和/或运费设为采购数据（仅在客户同意后）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="32"/>
        <source>Start &amp;synchronisation for the account</source>
        <translation>开始同步此账号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/actions.py" line="58"/>
        <source>With selected ▾</source>
        <translation>对所选 ▾</translation>
    </message>
</context>
<context>
    <name>PurchaseGroups</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Booked</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Outcome unknown: checking</source>
        <translation>结果未知：核查中</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Purchased / sent by seller</source>
        <translation>已采购 / 卖家已发货</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Ready for purchase</source>
        <translation>待采购</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Received / closed</source>
        <translation>已收货 / 已关闭</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="133"/>
        <source>Waiting for price confirmation</source>
        <translation>待确认价格</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/model.py" line="134"/>
        <source>{0} · %n line(s)</source>
        <translation>
            <numerusform>{0} · %n 个订单行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseLines</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="81"/>
        <source>Paid by the customer: {0} × {1}, delivery {2}</source>
        <translation>客户已付：{0} × {1}，运费 {2}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="81"/>
        <source>Recalculated: {0} × {1} to be paid</source>
        <translation>已重新计算：应付 {0} × {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/model.py" line="102"/>
        <source>Tracking number inside China. Staff only: the customer never sees it.</source>
        <translation>中国境内运单号。仅限员工：客户看不到。</translation>
    </message>
</context>
<context>
    <name>PurchasePane</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="239"/>
        <source>%n line(s) are reserved by a marketplace order sent without a clear answer; the workstation keeps looking it up (Activities shows its question).</source>
        <translation>
            <numerusform>%n 个订单行被一个提交后未获明确答复的平台订单预留；工作站会继续查询（任务面板中有相关问题）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="328"/>
        <source>%n selected line(s) not ready for purchase were left out.</source>
        <translation>
            <numerusform>已排除 %n 个不可采购的所选订单行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="72"/>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="52"/>
        <source>&amp;Order:</source>
        <translation>订单(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="74"/>
        <source>&amp;Warehouse:</source>
        <translation>仓库(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="249"/>
        <source>(Settings → Sessions)</source>
        <translation>（设置 → 会话）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="353"/>
        <source>Binding {0} to {1}…</source>
        <translation>正在将 {0} 绑定到 {1}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="326"/>
        <source>Booking %n line(s) with {0}…</source>
        <translation>
            <numerusform>正在使用 {0} 采购 %n 个订单行…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="372"/>
        <source>Choose the account these lines were booked with.</source>
        <translation>请选择采购这些订单行所用的账号。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="254"/>
        <source>Choose the {0} account to work with.</source>
        <translation>请选择要使用的 {0} 账号。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="123"/>
        <source>Ctrl+B book · Ctrl+R recalculate · Ctrl+L bind · Ctrl+U unbind · F6 synchronise</source>
        <translation>Ctrl+B 采购 · Ctrl+R 重新计算 · Ctrl+L 绑定 · Ctrl+U 解绑 · F6 同步</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="253"/>
        <source>Every {0} session has expired: log an account in again {1}.</source>
        <translation>所有 {0} 会话均已过期：请重新登录账号 {1}。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="443"/>
        <source>Logged in as {0}.</source>
        <translation>已登录为 {0}。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="43"/>
        <source>No order open.</source>
        <translation>未打开订单。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="251"/>
        <source>No session for {0}: log an account in {1}.</source>
        <translation>{0} 没有会话：请登录账号 {1}。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="231"/>
        <source>No warehouse address for {0}: add one (Settings → {0} → Warehouse addresses).</source>
        <translation>{0} 没有仓库地址：请添加（设置 → {0} → 仓库地址）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="365"/>
        <source>None of the selected lines is bound to a marketplace order.</source>
        <translation>所选订单行均未绑定平台订单。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="309"/>
        <source>Nothing was started: {0}</source>
        <translation>未启动任何任务：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="89"/>
        <source>One order</source>
        <translation>单个订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="301"/>
        <source>Open an order first: type its number above.</source>
        <translation>请先打开订单：在上方输入订单号。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="70"/>
        <source>Read the order, accounts and addresses again</source>
        <translation>重新读取订单、账号和地址</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="343"/>
        <source>Recalculated %n line(s) at the purchase figures.</source>
        <translation>
            <numerusform>已按采购数据重新计算 %n 个订单行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="69"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="463"/>
        <source>See the activity window.</source>
        <translation>请查看任务窗口。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="305"/>
        <source>Select the lines first (a group heading takes all its lines, Ctrl+A takes every line).</source>
        <translation>请先选择订单行（分组标题选中该组所有订单行，Ctrl+A 选中全部）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="427"/>
        <source>Something went wrong: {0}. The details are in the log.</source>
        <translation>出现错误：{0}。详情见日志。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="409"/>
        <source>Synchronising {0}…</source>
        <translation>正在同步 {0}…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="395"/>
        <source>The order stays on the marketplace; cancel it there if it is not needed. Booking these lines again asks first.</source>
        <translation>订单仍保留在平台上；如不需要请在平台上取消。再次采购这些订单行前会先询问。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="236"/>
        <source>This order has no lines ready for purchase.</source>
        <translation>此订单没有待采购的订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="181"/>
        <source>This order has no lines.</source>
        <translation>此订单没有订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="234"/>
        <source>This order is not paid yet: its lines can be booked once it is paid.</source>
        <translation>此订单尚未付款：付款后才能采购其订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/view.py" line="112"/>
        <source>Type an order number above, or choose an order in the Orders pane, to see its lines here grouped by purchase state.</source>
        <translation>在上方输入订单号，或在订单面板中选择订单，即可在此按采购状态分组查看其订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="397"/>
        <source>Unbind anyway</source>
        <translation>仍然解绑</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="393"/>
        <source>Unbind from a live marketplace order?</source>
        <translation>与仍存在的平台订单解绑？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="375"/>
        <source>Unbinding %n line(s)…</source>
        <translation>
            <numerusform>正在解绑 %n 个订单行…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="88"/>
        <source>Worklist: all orders</source>
        <translation>工作列表：所有订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="202"/>
        <source>not paid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="202"/>
        <source>paid {0}</source>
        <translation>已付 {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="248"/>
        <source>with + beside the account</source>
        <translation>点击账号旁的 +</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="289"/>
        <source>{0} of {1} line(s) selected, {2} ready for purchase</source>
        <translation>已选 {0}/{1} 个订单行，{2} 个待采购</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="467"/>
        <source>{0} waits for your answer in its activity window.</source>
        <translation>{0} 正在其任务窗口中等待您的回答。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="205"/>
        <source>{0} · {1} · {2} · {3}</source>
        <translation>{0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="459"/>
        <source>{0}: done.</source>
        <translation>{0}：完成。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/pane.py" line="462"/>
        <source>{0}: ended with problems. {1}</source>
        <translation>{0}：完成但有问题。{1}</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../workstation/ui/errors.py" line="65"/>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="61"/>
        <source>Something went wrong. The workstation carries on; the details are in the log.</source>
        <translation>出现错误。工作站会继续运行；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="60"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../workstation/app.py" line="40"/>
        <source>Warehouse workstation</source>
        <translation>仓库工作站</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="98"/>
        <source>(mode "No": every price is asked)</source>
        <translation>（“否”模式：每个价格都需确认）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="246"/>
        <source>(not enough)</source>
        <translation>（库存不足）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="96"/>
        <source>(up to {} per unit without asking)</source>
        <translation>（每件不超过 {} 时无需确认）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="104"/>
        <source>({} units)</source>
        <translation>（{} 件）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>Binding: no matching line</source>
        <translation>绑定：没有匹配的订单行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>Binding: quantity to check</source>
        <translation>绑定：需核对数量</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>Buy a second time?</source>
        <translation>再次采购？</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="159"/>
        <source>Configuration: {}</source>
        <translation>规格：{}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="210"/>
        <source>Configurations offered now</source>
        <translation>当前在售规格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="202"/>
        <location filename="../../workstation/ui/dialogs/question.py" line="216"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="100"/>
        <source>Customer price</source>
        <translation>客户价格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="102"/>
        <source>Difference per unit</source>
        <translation>单件差额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="104"/>
        <source>For the whole line</source>
        <translation>整行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="213"/>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="225"/>
        <source>Its status there</source>
        <translation>其在平台上的状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="147"/>
        <source>Line #{0} of {1}   {2}</source>
        <translation>{1} 的第 {0} 行   {2}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="221"/>
        <source>Lines reserved</source>
        <translation>预留的订单行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="220"/>
        <source>Marketplace said</source>
        <translation>平台返回</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="214"/>
        <source>Needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="101"/>
        <source>New price</source>
        <translation>新价格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>Not enough in stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="208"/>
        <source>On offer now</source>
        <translation>当前在售</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="163"/>
        <source>Open the item on the marketplace</source>
        <translation>在平台上打开商品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="201"/>
        <source>Ordered configuration</source>
        <translation>订购的规格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="219"/>
        <source>Our reference</source>
        <translation>我方编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>Outcome unknown: was the order created?</source>
        <translation>结果未知：订单是否已创建？</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="224"/>
        <source>Previous marketplace order</source>
        <translation>之前的平台订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="73"/>
        <source>Price to confirm: lower than paid</source>
        <translation>待确认价格：低于已付</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="76"/>
        <source>Price to confirm: risen within the threshold</source>
        <translation>待确认价格：上涨未超阈值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="71"/>
        <source>Price to confirm: unchanged</source>
        <translation>待确认价格：未变</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="160"/>
        <source>Quantity: {}</source>
        <translation>数量：{}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="222"/>
        <source>Ready again if still missing after</source>
        <translation>若仍未找到，多久后重新可采购</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>The configuration ordered is gone</source>
        <translation>订购的规格已不存在</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>The item is no longer available</source>
        <translation>商品已下架</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>The price has changed</source>
        <translation>价格已变动</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="75"/>
        <source>The price rose above the threshold</source>
        <translation>价格涨幅超过阈值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="106"/>
        <source>Threshold in force</source>
        <translation>当前阈值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="69"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="77"/>
        <source>Tmall promotion not allowed</source>
        <translation>不允许天猫促销</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="210"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="202"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="100"/>
        <location filename="../../workstation/ui/dialogs/question_text.py" line="101"/>
        <source>per unit</source>
        <translation>每件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="245"/>
        <source>stock {}</source>
        <translation>库存 {}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="207"/>
        <source>{0} configuration(s), none with enough stock</source>
        <translation>{0} 种规格，均库存不足</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="206"/>
        <source>{0} configuration(s), {1} with enough stock: pick one below</source>
        <translation>{0} 种规格，{1} 种库存充足：请在下方选择</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="222"/>
        <source>{} min</source>
        <translation>{} 分钟</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="373"/>
        <source>Answer later [Esc]</source>
        <translation>稍后回答 [Esc]</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="476"/>
        <source>Answer sent; the activity goes on...</source>
        <translation>已发送回答；任务继续进行...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="427"/>
        <source>No more questions.</source>
        <translation>没有更多问题。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="460"/>
        <source>Press the key shown on a button. Enter does not answer.</source>
        <translation>请按按钮上显示的键。Enter 不会作答。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="365"/>
        <source>Question from an activity</source>
        <translation>任务提出的问题</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/question.py" line="468"/>
        <source>{} more waiting</source>
        <translation>另有 {} 个等待</translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="78"/>
        <source>Do not wait for the current step: the activity resumes at the next start, and nothing is bought twice.</source>
        <translation>不等待当前步骤：任务将在下次启动时继续，不会重复采购。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="70"/>
        <source>Keep working</source>
        <translation>继续工作</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/quit.py" line="124"/>
        <source>Orders being sent or without a clear answer yet: %n. If no answer comes before the window closes, they are left for the reconciler, which looks them up before anything is sent again. Nothing is bought twice.</source>
        <translation>
            <numerusform>正在提交或尚未获得明确答复的订单：%n 个。如果窗口关闭前仍无答复，将交由对账程序在重新提交前查询。不会重复采购。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="76"/>
        <source>Quit now</source>
        <translation>立即退出</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="45"/>
        <source>Quit while activities run?</source>
        <translation>任务正在运行，仍要退出？</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="122"/>
        <source>So far it has {}.</source>
        <translation>目前为 {}。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="73"/>
        <source>Stop them and quit</source>
        <translation>停止并退出</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="109"/>
        <source>Stop them and quit: the window closes as soon as each has finished its current step. Keep working: nothing changes.</source>
        <translation>停止并退出：每个任务完成当前步骤后窗口即关闭。继续工作：不做任何更改。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="146"/>
        <source>Stopping: waiting for the current step to end (at most {} s). The window stays usable.</source>
        <translation>正在停止：等待当前步骤结束（最多 {} 秒）。窗口仍可使用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/activities/quit.py" line="98"/>
        <source>This workstation is still running %n activity(ies).</source>
        <translation>
            <numerusform>此工作站仍有 %n 个任务在运行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="105"/>
        <source>Waiting for an answer; quitting does not touch them:</source>
        <translation>正在等待回答；退出不会影响它们：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="106"/>
        <source>it keeps waiting; answer it after the next start or on another workstation.</source>
        <translation>它会继续等待；请在下次启动后或在其他工作站上回答。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="101"/>
        <source>queued: it starts when the workstation starts again.</source>
        <translation>排队中：工作站再次启动时开始。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/activities/quit.py" line="119"/>
        <source>running: it stops after its current step, and what is left resumes when the workstation starts again.</source>
        <translation>运行中：当前步骤完成后停止，剩余部分在工作站再次启动时继续。</translation>
    </message>
</context>
<context>
    <name>RecalcDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="86"/>
        <source>&amp;Delivery</source>
        <translation>运费(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="85"/>
        <source>&amp;Price of the goods</source>
        <translation>商品价格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="96"/>
        <source>Change the customer's prices only after the customer has agreed to pay the new amounts.</source>
        <translation>仅在客户同意支付新金额后再修改客户价格。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="154"/>
        <source>Line(s) {0}: cancelled or not available, so the customer is not charged for them. Leave them out.</source>
        <translation>订单行 {0}：已取消或无货，不向客户收费。请将其排除。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="158"/>
        <source>No purchase figures yet for line(s) {0}: they are known once the line is booked. Untick what is missing or leave those lines out.</source>
        <translation>订单行 {0} 尚无采购数据：下单后才会知道。请取消勾选缺少的项或排除这些订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="83"/>
        <source>Recalculate at purchase price — {0}</source>
        <translation>按采购价重新计算 — {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="91"/>
        <source>Recalculate:</source>
        <translation>重新计算：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="188"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="174"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="149"/>
        <source>The customer pays the same as before.</source>
        <translation>客户支付金额不变。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="147"/>
        <source>The customer pays {0} less in all (goods {1}, delivery {2}).</source>
        <translation>客户共少付 {0}（商品 {1}，运费 {2}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="145"/>
        <source>The customer pays {0} more in all (goods {1}, delivery {2}).</source>
        <translation>客户共多付 {0}（商品 {1}，运费 {2}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="189"/>
        <source>The prices could not be saved: {0}</source>
        <translation>无法保存价格：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/recalc.py" line="152"/>
        <source>Tick the price, the delivery, or both.</source>
        <translation>请勾选价格、运费或两者。</translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="432"/>
        <source> and photo</source>
        <translation>及照片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="205"/>
        <source>%n greyed line(s) are not counted.</source>
        <translation>
            <numerusform>%n 个灰色订单行不计数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="294"/>
        <source>%n greyed line(s) not counted: cancelled or not bought yet (see Status).</source>
        <translation>
            <numerusform>%n 个灰色订单行不计数：已取消或尚未采购（见“状态”）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="129"/>
        <source>All as expected</source>
        <translation>全部符合预期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="288"/>
        <source>All lines as expected.</source>
        <translation>所有订单行均符合预期。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="248"/>
        <source>Back to {0} (%n unit(s))</source>
        <translation>
            <numerusform>返回 {0}（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="130"/>
        <source>Confirm receipt</source>
        <translation>确认收货</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="364"/>
        <source>Correct waybill</source>
        <translation>更正运单号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="352"/>
        <source>Correct waybill…</source>
        <translation>更正运单号…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="251"/>
        <source>Counted but not confirmed — kept, not lost. Go back and confirm:</source>
        <translation>
            <numerusform>已清点但未确认 — 已保留，不会丢失。请返回确认：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="312"/>
        <source>Go back and count</source>
        <translation>返回清点</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="127"/>
        <source>Keep as unmatched…</source>
        <translation>保存为未匹配包裹…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="431"/>
        <source>Kept as unmatched with your note{0}.</source>
        <translation>已连同您的备注保存为未匹配包裹{0}。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="183"/>
        <source>Line label</source>
        <translation>订单行标签</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="183"/>
        <source>Marketplace order</source>
        <translation>平台订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="308"/>
        <source>Nothing counted</source>
        <translation>未清点</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="285"/>
        <source>Nothing counted yet: type what arrived on each line, or “All as expected”.</source>
        <translation>尚未清点：请输入每个订单行实际到货数量，或点击“全部符合预期”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="308"/>
        <source>Nothing was counted on this parcel. Record that none of the items of its %n line(s) arrived (a shortage on each)?</source>
        <translation>
            <numerusform>此包裹未清点任何商品。是否记录其 %n 个订单行的商品均未到货（每行均为缺货）？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="183"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="128"/>
        <source>Put the parcel on the unmatched shelf with a note and a photo</source>
        <translation>将包裹连同备注和照片放到未匹配货架</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="311"/>
        <source>Record as missing</source>
        <translation>记为缺货</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="146"/>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="224"/>
        <source>Scan a parcel's waybill to receive it.</source>
        <translation>扫描包裹运单号以收货。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="290"/>
        <source>Shortage on {0} line(s), surplus on {1}: recorded as discrepancies.</source>
        <translation>{0} 个订单行短少，{1} 个多出：已记为差异。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="441"/>
        <source>The parcel could not be kept: {0}</source>
        <translation>无法保存包裹：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="393"/>
        <source>The waybill could not be corrected: {0}</source>
        <translation>无法更正运单号：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="183"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="385"/>
        <source>Waybill corrected: {0}</source>
        <translation>运单号已更正：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="365"/>
        <source>Waybill of {0} line {1}, as on the seller's parcel label (empty: none):</source>
        <translation>{0} 第 {1} 行的运单号，以卖家包裹标签为准（留空：无）：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="210"/>
        <source>Your counts from before are back: check them and confirm.</source>
        <translation>您之前的清点已恢复：请检查并确认。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="385"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="185"/>
        <source>{0} matches nothing. It is kept in the unmatched parcels and will be matched when a synchronisation brings its line.</source>
        <translation>{0} 没有任何匹配。已保存在未匹配包裹中，同步带来其订单行后会自动匹配。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="195"/>
        <source>{0} {1} was received already ({2} line(s)).</source>
        <translation>{0} {1} 已收货（{2} 个订单行）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="202"/>
        <source>{0} {1}: %n line(s) in {2} order(s). Count what arrived.</source>
        <translation>
            <numerusform>{0} {1}：{2} 个订单中的 %n 个订单行。请清点到货。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="198"/>
        <source>{0} {1}: none of its {2} line(s) can be received now (cancelled or not bought yet). Keep the parcel as unmatched with a note.</source>
        <translation>{0} {1}：其 {2} 个订单行目前都无法收货（已取消或尚未采购）。请连同备注将包裹保存为未匹配包裹。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="192"/>
        <source>{0} {1}: receipt confirmed. Scan it again to count what else arrives.</source>
        <translation>{0} {1}：已确认收货。再次扫描可清点其他到货。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/receiving.py" line="406"/>
        <source>{0}: %n line(s) cannot be received now ({1}). Say what is in the parcel.</source>
        <translation>
            <numerusform>{0}：%n 个订单行目前无法收货（{1}）。请说明包裹内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScaleReadout</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="57"/>
        <source>No scale</source>
        <translation>无电子秤</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="55"/>
        <source>No scale is configured (set the scale's serial port in the settings); type the weight instead.</source>
        <translation>未配置电子秤（请在设置中指定电子秤的串口）；请手动输入重量。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="78"/>
        <source>No scale is configured; type the weight.</source>
        <translation>未配置电子秤；请输入重量。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="59"/>
        <source>Put the weight the scale on {0} shows, once it is steady, into the weight field.</source>
        <translation>电子秤 {0} 读数稳定后，将重量填入重量字段。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="37"/>
        <source>Read from scale</source>
        <translation>从电子秤读取</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="72"/>
        <source>Scale not connected ({0})</source>
        <translation>电子秤未连接（{0}）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="84"/>
        <source>The scale has no steady weight yet; wait for it to settle.</source>
        <translation>电子秤读数尚未稳定；请稍候。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="82"/>
        <source>The scale on {0} is not connected.</source>
        <translation>{0} 上的电子秤未连接。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="86"/>
        <source>The scale shows no weight; put the parcel on it.</source>
        <translation>电子秤没有读数；请将包裹放上去。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="66"/>
        <source>The scale shows {0} kg</source>
        <translation>电子秤显示 {0} 千克</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scale_readout.py" line="67"/>
        <source>{0} (settling…)</source>
        <translation>{0}（稳定中…）</translation>
    </message>
</context>
<context>
    <name>ScannerTestPage</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="195"/>
        <source>, or {0} ms of silence</source>
        <translation>，或静默 {0} 毫秒</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="196"/>
        <source>A scan: at least {0} characters, opening with {5} keys at most {6} ms apart, then at most {1} ms between keys (or up to {7} pauses of {8} ms), ended by {2} within {9} ms{3}; the same code again within {4} ms counts once.</source>
        <translation>扫描：至少 {0} 个字符，开头 {5} 个按键间隔不超过 {6} 毫秒，之后按键间隔不超过 {1} 毫秒（或最多 {7} 次 {8} 毫秒的停顿），在 {9} 毫秒内以 {2} 结束{3}；{4} 毫秒内重复的同一条码只计一次。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="210"/>
        <source>Applied and saved: scan a few labels to check.</source>
        <translation>已应用并保存：请扫描几个标签进行检查。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="152"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="236"/>
        <source>Duplicate ignored: {0}</source>
        <translation>已忽略重复：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="194"/>
        <source>Enter or Tab</source>
        <translation>Enter 或 Tab</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="164"/>
        <source>Raw key events</source>
        <translation>原始按键事件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="141"/>
        <source>Scan a few labels. Each key the scanner typed is listed with the gap since the key before; a scan is a quick burst ended by Enter or Tab. Keys marked “passed” reached the focused field as typing.</source>
        <translation>请扫描几个标签。扫描枪输入的每个按键都会连同与上一个按键的间隔列出；一次扫描是以 Enter 或 Tab 结束的快速连击。标为“放行”的按键作为普通输入进入了焦点字段。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="233"/>
        <source>Scan: {0}</source>
        <translation>扫描：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="148"/>
        <source>Type here to see how typing is told apart</source>
        <translation>在此输入，查看如何区分手动输入与扫描</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="239"/>
        <source>Typing: %n key(s) passed to the field</source>
        <translation>
            <numerusform>手动输入：%n 个按键已传入输入框</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/scanner_test.py" line="159"/>
        <source>What the detector made of them</source>
        <translation>检测器的判断</translation>
    </message>
</context>
<context>
    <name>ScannersPage</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="198"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="268"/>
        <source>%1 port(s) on this computer, in the list; another name can be typed.</source>
        <translation>本机有 %1 个端口（见列表）；也可输入其他名称。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="171"/>
        <source>/dev/ttyACM0 or COM3</source>
        <translation>/dev/ttyACM0 或 COM3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="130"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="212"/>
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="193"/>
        <source>CR (carriage return)</source>
        <translation>CR（回车）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="194"/>
        <source>CR LF</source>
        <translation>CR LF</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="434"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="387"/>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="415"/>
        <source>Choose a port or type its name (/dev/ttyACM0, COM3).</source>
        <translation>请选择端口或输入其名称（/dev/ttyACM0、COM3）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="213"/>
        <source>Data bits</source>
        <translation>数据位</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="216"/>
        <source>End of a code</source>
        <translation>条码结尾</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="190"/>
        <source>Even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="193"/>
        <source>LF (line feed)</source>
        <translation>LF（换行）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="430"/>
        <source>Listening on %1: scan a code now.</source>
        <translation>正在监听 %1：请扫描条码。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="191"/>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="265"/>
        <source>No serial port found on this computer. Plug the scanner in and press Refresh, or type the port's name.</source>
        <translation>本机未找到串口。请接上扫描枪并按“刷新”，或输入端口名称。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="277"/>
        <source>No serial port was found on this computer: plug the scanner in first, or type the port's name after Add.</source>
        <translation>本机未找到串口：请先接上扫描枪，或在“添加”后输入端口名称。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="275"/>
        <source>No serial scanner is set up. Press Add to set one up.</source>
        <translation>尚未设置串口扫描枪。按“添加”进行设置。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="190"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="194"/>
        <source>None: a pause ends the code</source>
        <translation>无：以停顿结束条码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="446"/>
        <source>Nothing was read in %1 s. Check the baud rate, the parity and the end of a code against the scanner's manual.</source>
        <translation>%1 秒内未读取到任何内容。请对照扫描枪说明书检查波特率、校验位和条码结尾。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="190"/>
        <source>Odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="422"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="214"/>
        <source>Parity</source>
        <translation>校验位</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="217"/>
        <source>Pause that ends it</source>
        <translation>结束停顿</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="210"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="441"/>
        <source>Read: %1 (%2 characters). The settings fit this scanner.</source>
        <translation>已读取：%1（%2 个字符）。设置适合此扫描枪。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="172"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="131"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="115"/>
        <source>Scanners on a serial (COM) port of this computer. A USB scanner that types like a keyboard needs nothing here.</source>
        <translation>连接在本机串口（COM）上的扫描枪。像键盘一样输入的 USB 扫描枪无需在此设置。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="140"/>
        <source>Selected scanner</source>
        <translation>所选扫描枪</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="191"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="215"/>
        <source>Stop bits</source>
        <translation>停止位</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="421"/>
        <source>Stop test</source>
        <translation>停止测试</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="199"/>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="461"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="200"/>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="321"/>
        <source>Test opens the port and shows the next code read.</source>
        <translation>“测试”会打开端口并显示读取到的下一个条码。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="408"/>
        <source>Test stopped.</source>
        <translation>测试已停止。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="387"/>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="415"/>
        <source>The baud rate is a number, as set on the scanner (9600 most often).</source>
        <translation>波特率是一个数字，与扫描枪设置一致（最常见为 9600）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="285"/>
        <source>The ports could not be listed (%1); type the port's name.</source>
        <translation>无法列出端口（%1）；请输入端口名称。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="382"/>
        <source>This port is set up twice.</source>
        <translation>此端口重复设置。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="159"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="159"/>
        <source>connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="159"/>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="432"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="160"/>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/scanners.py" line="159"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>SerialStatusLabel</name>
    <message>
        <location filename="../../workstation/ui/serial_scanners.py" line="255"/>
        <source>%1 scanners disconnected, retrying</source>
        <translation>%1 个扫描枪已断开，正在重试</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/serial_scanners.py" line="253"/>
        <source>Scanner %1: disconnected, retrying</source>
        <translation>扫描枪 %1：已断开，正在重试</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/serial_scanners.py" line="257"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="64"/>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="52"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="54"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="56"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="34"/>
        <source>%1, %2 left</source>
        <translation>%1，剩余 %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="31"/>
        <source>Expired: log in again</source>
        <translation>已过期：请重新登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="31"/>
        <source>Expires within an hour</source>
        <translation>一小时内到期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="31"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="64"/>
        <source>in %1</source>
        <translation>%1 后</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/model.py" line="68"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>SessionsPane</name>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="260"/>
        <source>%1 forgotten.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="71"/>
        <source>All providers</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="247"/>
        <source>Forget %1 on %2?

Its session, tokens and browser cookies are deleted from this workstation; to use it again, log it in again. Orders already bought are kept.</source>
        <translation>删除 %2 上的 %1？

其会话、令牌和浏览器 Cookie 将从本工作站删除；再次使用需重新登录。已采购的订单会保留。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="246"/>
        <source>Forget account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="89"/>
        <source>Forget…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="78"/>
        <source>Log a buyer account in</source>
        <translation>登录买家账号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="84"/>
        <source>Log in a %1 account…</source>
        <translation>登录 %1 账号…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="87"/>
        <source>Log in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="104"/>
        <source>No buyer account is logged in. Press + to log one in.</source>
        <translation>没有已登录的买家账号。按 + 登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="111"/>
        <source>Provider:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="91"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="96"/>
        <source>Start synchronisation</source>
        <translation>开始同步</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="186"/>
        <source>Starting a synchronisation of %1…</source>
        <translation>正在启动 %1 的同步…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="193"/>
        <source>Synchronisation of %1 started; its progress is in the Activities pane.</source>
        <translation>%1 的同步已开始；进度见任务面板。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="97"/>
        <source>Synchronise the selected account now (its progress is in Activities)</source>
        <translation>立即同步所选账号（进度见任务面板）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/sessions/pane.py" line="161"/>
        <source>The sessions could not be loaded; the details are in the log.</source>
        <translation>无法加载会话；详情见日志。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>1688 needs a landline phone</source>
        <translation type="vanished">1688 需要填写固定电话</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>A line is listed twice in the parcel.</source>
        <translation>包裹中有重复的订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>A line is listed twice; count it once.</source>
        <translation>订单行重复列出；只计一次。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>A parcel needs at least one line.</source>
        <translation>包裹至少需要一个订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>An order holds the goods of one provider; split Taobao and 1688 items.</source>
        <translation>一个订单只能包含同一平台的商品；请分开淘宝和 1688 的商品。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Authorize URL</source>
        <translation>授权 URL</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="123"/>
        <source>AutoPurchase settings</source>
        <translation>自动采购设置</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Choose the lines to recalculate.</source>
        <translation>请选择要重新计算的订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Choose the notifications to acknowledge.</source>
        <translation>请选择要确认的通知。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Choose the price, the delivery, or both.</source>
        <translation>请选择价格、运费或两者。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="138"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Each side of the parcel must be 1 to 500 cm.</source>
        <translation>包裹每边须为 1 至 500 厘米。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Gateway base URL</source>
        <translation>网关基础 URL</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>In OT mode the customer's prices are the OT Box instance's: recalculate the order on OT Box; the next refresh brings the new prices here.</source>
        <translation>在 OT 模式下，客户价格由 OT Box 实例管理：请在 OT Box 上重新计算订单，下次刷新时新价格会同步到这里。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="135"/>
        <source>Integration</source>
        <translation>集成</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>None of these lines can be received now (cancelled or not bought yet). Keep the parcel as unmatched with a note.</source>
        <translation>这些订单行目前都无法收货（已取消或尚未采购）。请连同备注将包裹保存为未匹配包裹。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="266"/>
        <source>Not saved yet (a half-typed address counts too). Press Cancel again to close without saving, or Save.</source>
        <translation>尚未保存（填写一半的地址也算）。再按一次“取消”不保存关闭，或按“保存”。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="415"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未保存：请修正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Nothing to receive: choose at least one line.</source>
        <translation>没有可收货的内容：请至少选择一个订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="323"/>
        <source>Nothing to save</source>
        <translation>没有需要保存的内容</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Only matched parcels can be dismissed; a waiting one stays until its order line is found.</source>
        <translation>只能清除已匹配的包裹；等待中的包裹会保留，直到找到其订单行。</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="vanished">人员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="136"/>
        <source>Price confirmation</source>
        <translation>价格确认</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="178"/>
        <source>Provider</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Redirect URI</source>
        <translation>回调 URI</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Request pacing</source>
        <translation>请求间隔</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="394"/>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="327"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="156"/>
        <source>Scanners</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="152"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="234"/>
        <source>Sessions (the logged-in buyer accounts) are managed in the Sessions pane of the main window.</source>
        <translation>会话（已登录的买家账号）在主窗口的会话面板中管理。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="135"/>
        <source>Status mapping</source>
        <translation>状态映射</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The amount must be positive.</source>
        <translation>金额必须为正数。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The first person must be an administrator: once anyone is defined, the station asks who signs in, and someone must be able to manage the others.</source>
        <translation>第一个人员必须是管理员：一旦设置了任何人员，工作站就会询问谁登录，并且必须有人能够管理其他人员。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The order has no items.</source>
        <translation>订单中没有商品。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The parcel's code is empty.</source>
        <translation>包裹条码为空。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The photo is empty.</source>
        <translation>照片为空。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="285"/>
        <source>The sandbox is not available in this program.</source>
        <translation>此程序中沙箱不可用。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The scanned code is empty.</source>
        <translation>扫描到的条码为空。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>The tracking number is longer than 64 characters.</source>
        <translation>运单号超过 64 个字符。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>This database has marketplace accounts logged in of its own; in OT mode the provider sessions are the instance's. Use a data directory of its own for OT mode (--data-dir DIR).</source>
        <translation>此数据库有自己已登录的平台账户，而在 OT 模式下供应商会话属于实例。请为 OT 模式使用单独的数据目录（--data-dir DIR）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="161"/>
        <source>This station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>This workstation is not connected to an OT Box instance.</source>
        <translation>本工作站未连接到 OT Box 实例。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>URL: empty; enter the OT API's address, e.g. https://otapi.example.com</source>
        <translation>URL：为空；请输入 OT API 的地址，例如 https://otapi.example.com</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="136"/>
        <source>Warehouse addresses</source>
        <translation>仓库地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Weight must be more than 0 and at most 1000 kg.</source>
        <translation>重量必须大于 0 且不超过 1000 千克。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Weight: give it as a decimal number of kilograms, not a float.</source>
        <translation>重量：请以十进制千克数填写，而非浮点数。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>Write a note: what is in the parcel, or why it cannot be received.</source>
        <translation>写一条备注：包裹里有什么，或为什么无法收货。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>accounts: the same account is listed twice</source>
        <translation>accounts：同一账号重复列出</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="216"/>
        <source>landline may hold only digits, spaces and dashes</source>
        <translation>固定电话只能包含数字、空格和短横线</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="216"/>
        <source>mobile phone must be exactly 11 digits</source>
        <translation>手机号码必须为 11 位数字</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>overpayment_threshold_percent: must be between 0 and 1000</source>
        <translation>overpayment_threshold_percent：必须在 0 到 1000 之间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="216"/>
        <source>postal code must be exactly 6 digits</source>
        <translation>邮政编码必须为 6 位数字</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>provider order number: required</source>
        <translation>平台订单号：必填</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>status_mapping: expected a non-empty object {provider status: line status}</source>
        <translation>status_mapping：需要非空对象 {平台状态: 订单行状态}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>status_mapping: provider statuses must be non-empty text</source>
        <translation>status_mapping：平台状态必须是非空文本</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>sync_interval_minutes: must be between 1 and 1440 minutes</source>
        <translation>sync_interval_minutes：必须在 1 到 1440 分钟之间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>the network connection</source>
        <translation>网络连接</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>the proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="287"/>
        <source>this computer's clock</source>
        <translation>本机时钟</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/connection.py" line="302"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="376"/>
        <location filename="../../workstation/ui/dialogs/settings/dialog.py" line="378"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="162"/>
        <location filename="../../workstation/ui/dialogs/settings/general.py" line="312"/>
        <source>unknown_settle_seconds: must be between 0 and 604800 seconds (a week)</source>
        <translation>unknown_settle_seconds：必须在 0 到 604800 秒（一周）之间</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="103"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="123"/>
        <source>Could not check the sign-in: {0}</source>
        <translation>无法验证登录：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="52"/>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="53"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="60"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="44"/>
        <source>Scan your badge, or type your login and password.</source>
        <translation>请扫描您的工牌，或输入登录名和密码。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="38"/>
        <location filename="../../workstation/ui/dialogs/signin.py" line="58"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="80"/>
        <source>Sign in to use this station, or Quit.</source>
        <translation>请登录后使用本工作站，或选择退出。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="93"/>
        <source>Type your login, or scan your badge.</source>
        <translation>请输入登录名，或扫描工牌。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/signin.py" line="120"/>
        <source>Wrong login or password, or the badge is not valid (revoked, or its person disabled).</source>
        <translation>登录名或密码错误，或工牌无效（已作废，或其人员已停用）。</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <location filename="../../workstation/ui/splash.py" line="72"/>
        <source>Loading the orders…</source>
        <translation>正在加载订单…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/splash.py" line="69"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/splash.py" line="39"/>
        <source>Version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/splash.py" line="33"/>
        <location filename="../../workstation/ui/splash.py" line="53"/>
        <source>Warehouse workstation</source>
        <translation>仓库工作站</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="96"/>
        <source>%1 is set: it decides the retention instead of this field.</source>
        <translation>已设置 %1：保留期限由它决定，而不是此字段。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="187"/>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="156"/>
        <source>%1: a whole number from %2 to %3.</source>
        <translation>%1：应为 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="196"/>
        <source>A backup is already running.</source>
        <translation>备份已在进行中。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="74"/>
        <source>Automatic backups kept</source>
        <translation>保留的自动备份数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="65"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="54"/>
        <source>Back up the database every day</source>
        <translation>每天备份数据库</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="199"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="81"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="203"/>
        <source>Backup saved: %1 (%2), checked intact.</source>
        <translation>备份已保存：%1（%2），已通过完整性检查。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="79"/>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="77"/>
        <source>Finished activities older than this are cleared each time the program starts.</source>
        <translation>每次程序启动时，会清除早于此期限的已完成任务。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="73"/>
        <source>Keep finished activities (days)</source>
        <translation>已完成任务保留天数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="82"/>
        <source>Last backup</source>
        <translation>最近一次备份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="174"/>
        <source>None (PostgreSQL)</source>
        <translation>无（PostgreSQL）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="184"/>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="206"/>
        <source>Older backups removed: %1.</source>
        <translation>已删除旧备份：%1 个。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="212"/>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/station.py" line="102"/>
        <source>This station's database is on a PostgreSQL server: back it up with pg_dump (see the README). Nothing is backed up here.</source>
        <translation>本工作站的数据库位于 PostgreSQL 服务器上：请用 pg_dump 备份（见 README）。此处不做任何备份。</translation>
    </message>
</context>
<context>
    <name>StationPeople</name>
    <message>
        <location filename="../../workstation/ui/people.py" line="148"/>
        <source>A badge was scanned, but no people are defined here.</source>
        <translation>扫描了工牌，但这里尚未设置人员。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="168"/>
        <source>Nobody signed in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="70"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="71"/>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="85"/>
        <source>Sign in as the person who takes over.</source>
        <translation>请以接班人员的身份登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="105"/>
        <source>Sign in to use this station.</source>
        <translation>请登录后使用本工作站。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="167"/>
        <source>Signed in: {0} ({1})</source>
        <translation>已登录：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="142"/>
        <source>Signed out after {0} minutes without use.</source>
        <translation>闲置 {0} 分钟后已自动注销。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="123"/>
        <source>Signed out. Sign in to use this station.</source>
        <translation>已注销。请登录后使用本工作站。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="153"/>
        <source>This badge is not valid (revoked, or its person disabled).</source>
        <translation>此工牌无效（已作废，或其人员已停用）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/people.py" line="136"/>
        <source>{0} took over from {1}.</source>
        <translation>{0} 接替了 {1}。</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Booked</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Not available</source>
        <translation>无货</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Outcome unknown: checking</source>
        <translation>结果未知：核查中</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Purchased</source>
        <translation>已采购</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Ready for purchase</source>
        <translation>待采购</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Received at warehouse</source>
        <translation>已到仓库</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Sent by seller</source>
        <translation>卖家已发货</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Sent to customer</source>
        <translation>已发给客户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/look.py" line="37"/>
        <source>Waiting for price confirmation</source>
        <translation>待确认价格</translation>
    </message>
</context>
<context>
    <name>SyncDetails</name>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="172"/>
        <source>%1 activities wait for an answer (Activities pane).</source>
        <translation>%1 个任务等待回答（任务面板）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="176"/>
        <source>%1 marketplace order(s) were sent without a clear answer; their lines stay reserved while the workstation looks them up.</source>
        <translation>%1 个平台订单提交后未获明确答复；在工作站核查期间，其订单行保持预留。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="180"/>
        <source>%1 notification(s) (cancelled lines, sessions) wait to be acknowledged in the Activities pane.</source>
        <translation>%1 条通知（已取消的订单行、会话）等待在任务面板中确认。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="178"/>
        <source>Alarm: %1</source>
        <translation>警报：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="173"/>
        <source>No activity waits for an answer.</source>
        <translation>没有等待回答的任务。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="160"/>
        <source>Synchronisation of the buyer accounts</source>
        <translation>买家账号同步</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="113"/>
        <source>%1 money alarm(s): possible duplicate or price above the rule, click for details</source>
        <translation>%1 个资金警报：可能重复采购或价格超出规则，点击查看详情</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="129"/>
        <source>%1 more</source>
        <translation>另外 %1 个</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="116"/>
        <source>%1 notification(s) to acknowledge (Activities)</source>
        <translation>%1 条通知待确认（任务）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="120"/>
        <source>%1 order(s) outcome unknown: checking</source>
        <translation>%1 个订单结果未知：核查中</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="123"/>
        <source>%1 waiting for an answer</source>
        <translation>%1 个等待回答</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="145"/>
        <source>+%1 more</source>
        <translation>+另外 %1 个</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="108"/>
        <source>No buyer account logged in</source>
        <translation>没有已登录的买家账号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="62"/>
        <source>log in again</source>
        <translation>请重新登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="62"/>
        <source>log in again soon</source>
        <translation>请尽快重新登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="54"/>
        <location filename="../../workstation/ui/statusbar.py" line="77"/>
        <location filename="../../workstation/ui/statusbar.py" line="95"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="65"/>
        <source>not synchronised yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="65"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="62"/>
        <source>sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="64"/>
        <location filename="../../workstation/ui/statusbar.py" line="93"/>
        <source>synchronising</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="62"/>
        <source>waiting for an answer</source>
        <translation>等待回答</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="230"/>
        <source>Click for details</source>
        <translation>点击查看详情</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="213"/>
        <source>Synchronisation per account; click for details</source>
        <translation>按账号同步；点击查看详情</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="203"/>
        <source>Synchronisation: loading…</source>
        <translation>同步：加载中…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/statusbar.py" line="304"/>
        <source>Synchronisation: status unavailable</source>
        <translation>同步：状态不可用</translation>
    </message>
</context>
<context>
    <name>UnmatchedList</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="168"/>
        <source> and {0} more</source>
        <translation>及另外 {0} 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="165"/>
        <source>%n parcel(s) matched to their order since they were scanned: </source>
        <translation>
            <numerusform>%n 个包裹在扫描后已匹配到订单：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="145"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="148"/>
        <source>%n parcel(s) waiting for their order line</source>
        <translation>
            <numerusform>%n 个包裹等待其订单行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="170"/>
        <source>. Put them with their orders, then dismiss them.</source>
        <translation>。请将其归入对应订单，然后清除。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="146"/>
        <source>; %n matched, to be handled</source>
        <translation>
            <numerusform>；%n 个已匹配，待处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="240"/>
        <source>Could not load the unmatched parcels; see the log.</source>
        <translation>无法加载未匹配包裹；请查看日志。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="81"/>
        <source>Dismiss matched</source>
        <translation>清除已匹配</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="142"/>
        <source>No unmatched parcels. Codes that match nothing are kept here until their order line is found.</source>
        <translation>没有未匹配包裹。无匹配的条码会保存在此，直到找到其订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="85"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="226"/>
        <source>Select matched parcels to dismiss; waiting ones stay.</source>
        <translation>选择要清除的已匹配包裹；等待中的会保留。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="86"/>
        <source>Show the photo kept with the selected parcel (or double-click it)</source>
        <translation>显示所选包裹保存的照片（或双击该包裹）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="82"/>
        <source>Take the selected matched parcels (or, with none selected, every matched one) off the list once they are handled</source>
        <translation>处理完毕后，将所选已匹配包裹（若未选择则为全部已匹配包裹）从列表中清除</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="204"/>
        <source>The photo could not be loaded; see the log.</source>
        <translation>无法加载照片；详见日志。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="163"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
</context>
<context>
    <name>UpkeepTimer</name>
    <message>
        <location filename="../../workstation/ui/upkeep.py" line="108"/>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/upkeep.py" line="112"/>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="78"/>
        <source>, not confirmed</source>
        <translation>，未确认</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="76"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="138"/>
        <source>Already received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="145"/>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="162"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="76"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="138"/>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="162"/>
        <source>GS</source>
        <translation>GS</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="145"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="145"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="114"/>
        <source>Lines without a receipt since this scan: {0}</source>
        <translation>此次扫描后未收货的订单行：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="76"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="138"/>
        <source>Lookup failed</source>
        <translation>查询失败</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="45"/>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="45"/>
        <source>Matched → {0}</source>
        <translation>已匹配 → {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="76"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="138"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="76"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="138"/>
        <source>Scanned twice</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="121"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="142"/>
        <source>Scanner (keyboard)</source>
        <translation>扫描枪（键盘）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="121"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="142"/>
        <source>Scanner (serial)</source>
        <translation>扫描枪（串口）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="162"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="162"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="66"/>
        <source>This line has not been bought yet, so nothing of it can be in the parcel; it is not counted and does not hold up the other lines.</source>
        <translation>此订单行尚未采购，包裹中不可能有它；不计数，也不影响其他订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="66"/>
        <source>This line is packed for the customer already; it is not counted again.</source>
        <translation>此订单行已为客户打包；不再重复计数。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="66"/>
        <source>This line will not arrive, so it is not counted and does not hold up the other lines. If its goods are in the parcel all the same, keep the parcel as unmatched with a note.</source>
        <translation>此订单行不会到货，因此不计数，也不影响其他订单行。如果包裹中仍有该商品，请连同备注将包裹保存为未匹配包裹。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="145"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="121"/>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="142"/>
        <source>Typed</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="44"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="173"/>
        <source>held</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="97"/>
        <source>kept as unmatched</source>
        <translation>已保存为未匹配包裹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="99"/>
        <source>matched later to {0} at {1}</source>
        <translation>之后于 {1} 匹配到 {0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/journal.py" line="101"/>
        <source>matched later: {0}</source>
        <translation>之后已匹配：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="62"/>
        <source>not bought yet</source>
        <translation>尚未采购</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="62"/>
        <source>not coming</source>
        <translation>不会到货</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="62"/>
        <source>packed already</source>
        <translation>已打包</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="173"/>
        <source>passed</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="146"/>
        <location filename="../../workstation/ui/panes/warehouse/unmatched.py" line="57"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/model.py" line="162"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>WarehouseChooser</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="169"/>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/choosers.py" line="167"/>
        <source>No warehouse address</source>
        <translation>无仓库地址</translation>
    </message>
</context>
<context>
    <name>WarehousePane</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="329"/>
        <source>%n waiting parcel(s) matched after synchronisation — see “Unmatched parcels”</source>
        <translation>
            <numerusform>同步后有 %n 个等待中的包裹已匹配 — 见“未匹配包裹”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="274"/>
        <source>; {0} discrepancy(ies) recorded</source>
        <translation>；已记录 {0} 处差异</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="203"/>
        <source>Already received — {0} {1} (%n line(s))</source>
        <translation>
            <numerusform>已收货 — {0} {1}（%n 个订单行）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="123"/>
        <source>Code:</source>
        <translation>条码：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="215"/>
        <source>Could not look up {0} ({1}); kept as an unmatched parcel</source>
        <translation>无法查询 {0}（{1}）；已作为未匹配包裹保存</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="90"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="200"/>
        <source>Found — {0} {1}: %n line(s) in {2} order(s)</source>
        <translation>
            <numerusform>已找到 — {0} {1}：{2} 个订单中的 %n 个订单行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="89"/>
        <source>Label unreadable? Type the code and press Enter</source>
        <translation>标签无法识别？请输入条码并按 Enter</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="133"/>
        <source>Labels for the received lines</source>
        <translation>已收货订单行的标签</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="197"/>
        <source>Line label</source>
        <translation>订单行标签</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="197"/>
        <source>Marketplace order</source>
        <translation>平台订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="207"/>
        <source>Not found — {0}: kept as an unmatched parcel</source>
        <translation>未找到 — {0}：已保存为未匹配包裹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="93"/>
        <source>On: a scan shows the parcel's lines here to count. Off: a scan jumps to the lines in “By goods”.</source>
        <translation>开：扫描后在此显示包裹的订单行以便清点。关：扫描后跳转到“按商品”中的订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="197"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="152"/>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="118"/>
        <source>Ready: scan a parcel's waybill.</source>
        <translation>就绪：请扫描包裹运单号。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="271"/>
        <source>Received %n line(s), {0} unit(s), for {1}</source>
        <translation>
            <numerusform>已为 {1} 收货 %n 个订单行，共 {0} 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="149"/>
        <source>Receiving</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="91"/>
        <source>Receiving mode</source>
        <translation>收货模式</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="107"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="220"/>
        <source>Scanned twice — {0} counted once</source>
        <translation>重复扫描 — {0} 只计一次</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="151"/>
        <source>Scans</source>
        <translation>扫描记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="97"/>
        <source>Show in “By goods”</source>
        <translation>在“按商品”中显示</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="311"/>
        <source>Something went wrong: {0}</source>
        <translation>出现错误：{0}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="95"/>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="153"/>
        <source>Test scanner</source>
        <translation>测试扫描枪</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="150"/>
        <source>Unmatched parcels</source>
        <translation>未匹配包裹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="197"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="222"/>
        <source>{0} could not be saved ({1}). It is kept and saved with the next scan; do not put the parcel away yet.</source>
        <translation>无法保存 {0}（{1}）。已暂存，将随下次扫描一起保存；请先不要收起包裹。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="172"/>
        <source>{0} kept as an unmatched parcel with your note</source>
        <translation>{0} 已连同您的备注保存为未匹配包裹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/warehouse/pane.py" line="280"/>
        <source>{0}: every line received — form the parcel</source>
        <translation>{0}：所有订单行已收货 — 请组包</translation>
    </message>
</context>
<context>
    <name>WarehousesSection</name>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="292"/>
        <source>Address deleted</source>
        <translation>地址已删除</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="172"/>
        <source>Address of %1</source>
        <translation>%1 的地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="248"/>
        <source>Address saved</source>
        <translation>地址已保存</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="89"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="305"/>
        <source>Delete address</source>
        <translation>删除地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="280"/>
        <source>Delete the address of %1?
%2</source>
        <translation>删除 %1 的地址？
%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="119"/>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="136"/>
        <source>Fill in the addresses in Chinese, as they are on the marketplace: recipient 2 to 14 characters, mobile 11 digits, postal code 6 digits.</source>
        <translation>请按平台上的格式用中文填写地址：收货人 2 至 14 个字符，手机 11 位数字，邮编 6 位数字。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="90"/>
        <source>Make default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="88"/>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="97"/>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="173"/>
        <source>New address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="109"/>
        <source>Recipient</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dialogs/settings/warehouses.py" line="118"/>
        <source>Save address</source>
        <translation>保存地址</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="74"/>
        <source>Bought above the price rule: see the money alarms.</source>
        <translation>采购价超出规则：请查看资金警报。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="269"/>
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="70"/>
        <source>Paid by the customer: {0} × {1}, delivery {2}</source>
        <translation>客户已付：{0} × {1}，运费 {2}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="70"/>
        <source>Recalculated: {0} × {1} to be paid</source>
        <translation>已重新计算：应付 {0} × {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="270"/>
        <source>This column cannot be sorted</source>
        <translation>此列无法排序</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="59"/>
        <source>{0} d</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="61"/>
        <source>{0} h</source>
        <translation>{0} 小时</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist_model.py" line="62"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
</context>
<context>
    <name>WorklistPane</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="342"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 个订单行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="405"/>
        <source>%n selected line(s) not ready for purchase were left out.</source>
        <translation>
            <numerusform>已排除 %n 个不可采购的所选订单行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="178"/>
        <source>&amp;Book selected</source>
        <translation>采购所选(&amp;B)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="346"/>
        <source>, {0} ready for purchase in %n order(s)</source>
        <translation>
            <numerusform>，{0} 个待采购，分布在 %n 个订单中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="285"/>
        <source>All lines</source>
        <translation>所有订单行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="141"/>
        <source>Any account</source>
        <translation>任意账号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="150"/>
        <source>Any age</source>
        <translation>任意时长</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="137"/>
        <source>Any provider</source>
        <translation>任意平台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="133"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="182"/>
        <source>Book selected (Ctrl+B)</source>
        <translation>采购所选 (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="184"/>
        <source>Book the selected lines: one booking per order, in the account chosen for its marketplace</source>
        <translation>采购所选订单行：每个订单一次采购，使用为其平台选定的账号</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="402"/>
        <source>Booking %n line(s)</source>
        <translation>
            <numerusform>正在采购 %n 个订单行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="285"/>
        <source>Bought above the rule</source>
        <translation>超出规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="151"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="150"/>
        <source>In status over %n day(s)</source>
        <translation>
            <numerusform>处于该状态超过 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="142"/>
        <source>No account yet</source>
        <translation>尚无账号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="313"/>
        <source>No line has been on its way from the seller for more than 10 days.</source>
        <translation>没有卖家发货超过 10 天的订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="313"/>
        <source>No line is ready for purchase. Paid orders' lines appear here until they are booked.</source>
        <translation>没有待采购的订单行。已付款订单的订单行会显示在此，直到下单。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="311"/>
        <source>No line matches these filters and this search. “Clear filters” shows the whole view.</source>
        <translation>没有符合这些筛选条件和搜索的订单行。“清除筛选”可显示全部。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="313"/>
        <source>No line waits for a price confirmation.</source>
        <translation>没有等待确认价格的订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="313"/>
        <source>No line was bought above the price rule.</source>
        <translation>没有采购价超出规则的订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="313"/>
        <source>No marketplace order has an unknown outcome.</source>
        <translation>没有结果未知的平台订单。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="383"/>
        <source>None of the selected lines is ready for purchase.</source>
        <translation>所选订单行均不可采购。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="378"/>
        <source>Nothing was started: choose the {0} account below.</source>
        <translation>未启动任何任务：请在下方选择 {0} 账号。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="285"/>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="285"/>
        <source>Ready for purchase</source>
        <translation>待采购</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="186"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="129"/>
        <source>Search: order, customer, item title (中文 or English), marketplace order, waybill</source>
        <translation>搜索：订单、客户、商品标题（中文或英文）、平台订单、运单号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="371"/>
        <source>Select the lines to book first (Ctrl+A takes every line shown).</source>
        <translation>请先选择要采购的订单行（Ctrl+A 选中所有显示的订单行）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="145"/>
        <source>Seller (beginning)</source>
        <translation>卖家（开头）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="285"/>
        <source>Sent by seller over 10 days</source>
        <translation>卖家发货超过 10 天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="417"/>
        <source>Something went wrong: {0}. The details are in the log.</source>
        <translation>出现错误：{0}。详情见日志。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="357"/>
        <source>The lines can be sorted by order, price, purchase price, status, time in status, account or seller.</source>
        <translation>订单行可按订单、价格、采购价、状态、处于该状态的时间、账号或卖家排序。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="313"/>
        <source>There are no order lines yet.</source>
        <translation>暂无订单行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="200"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="285"/>
        <source>Waiting for price confirmation</source>
        <translation>待确认价格</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="403"/>
        <source>in %n order(s)</source>
        <translation>
            <numerusform>共 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="403"/>
        <source>with {0}.</source>
        <translation>使用 {0}。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="171"/>
        <source>{0} account:</source>
        <translation>{0} 账号：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="407"/>
        <source>{0} was not started: {1}</source>
        <translation>{0} 未启动：{1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="344"/>
        <source>{0} · {1} selected</source>
        <translation>{0} · 已选 {1}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/panes/purchase/worklist.py" line="343"/>
        <source>{0}+ lines (counting…)</source>
        <translation>{0}+ 个订单行（计数中…）</translation>
    </message>
</context>
</TS>
